// Browser mode's API is behind the per-launch token: without it, 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

function invoke(headers: Record<string, string>) {
  return fetch(`${server.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ method: 'workspace.summary', input: {} }),
  });
}

describe('the API token', () => {
  it('refuses a call without the token', async () => {
    const response = await invoke({});
    expect(response.status).toBe(401);
  });

  it('refuses a call with a wrong token', async () => {
    const response = await invoke({ Authorization: 'Bearer not-the-token' });
    expect(response.status).toBe(401);
  });

  it('refuses the event stream without the token', async () => {
    const response = await fetch(`${server.origin}/api/events`);
    expect(response.status).toBe(401);
    await response.body?.cancel();
  });

  it('answers a call with the token', async () => {
    const response = await invoke({ Authorization: `Bearer ${server.token}` });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; result?: { journeys: unknown[] } };
    expect(body.ok).toBe(true);
    expect(body.result?.journeys.length).toBeGreaterThan(0);
  });
});
