import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HttpHost, startHttpHost } from './http.ts';
import { openTestHost, type TestHost } from './testing.ts';

let api: TestHost;
let server: HttpHost;
let base: string;

beforeEach(async () => {
  api = await openTestHost();
  const rendererDir = join(api.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Waymark</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startHttpHost({ api, rendererDir, bodyLimit: 64 * 1024 });
  base = `http://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  await server.close();
  api.cleanup();
});

function call(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/api/invoke`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${server.token}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

type Reply = { ok: boolean; result?: { journeys: { id: string }[] }; error?: { code: string } };

/** The reply's JSON; the test asserts its shape. */
async function reply(res: Response): Promise<Reply> {
  return (await res.json()) as Reply;
}

function corsHeaders(res: Response): string[] {
  return [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));
}

describe('the HTTP host', () => {
  it('prints a URL on 127.0.0.1 with a long random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers API calls with the token', async () => {
    const res = await call({ method: 'journeys.list', input: {} });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await reply(res);
    expect(body.ok).toBe(true);
    expect(body.result?.journeys[0]?.id).toBe('welcome');
  });

  it('returns typed errors', async () => {
    const res = await call({ method: 'journeys.get', input: { id: 'nope' } });
    expect(res.status).toBe(404);
    expect(await reply(res)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const unknown = await call({ method: 'nope.nope', input: {} });
    expect((await reply(unknown)).error?.code).toBe('unknown-method');
    const bad = await call('{not json');
    expect(bad.status).toBe(400);
  });

  it('refuses requests without the right token with 401', async () => {
    expect((await call({ method: 'journeys.list', input: {} }, { Authorization: '' })).status).toBe(
      401,
    );
    const wrong = await call({ method: 'journeys.list', input: {} }, { Authorization: 'Bearer x' });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(401);
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
  });

  it('serves the page with the token and a strict CSP, assets without it', async () => {
    const page = await fetch(`${base}/?token=${server.token}`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${base}/assets/%2e%2e/%2e%2e/waymark.db`)).status).toBe(404);
  });

  it('refuses bodies over the limit with 413', async () => {
    const big = JSON.stringify({ method: 'journeys.list', input: { pad: 'x'.repeat(70 * 1024) } });
    const res = await call(big);
    expect(res.status).toBe(413);
  });

  it('sends no CORS headers and refuses other origins', async () => {
    const ok = await call({ method: 'journeys.list', input: {} }, { Origin: base });
    expect(ok.status).toBe(200);
    expect(corsHeaders(ok)).toEqual([]);
    const evil = await call(
      { method: 'journeys.list', input: {} },
      {
        Origin: 'https://evil.example',
      },
    );
    expect(evil.status).toBe(403);
    expect(corsHeaders(evil)).toEqual([]);
    const preflight = await fetch(`${base}/api/invoke`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(corsHeaders(preflight)).toEqual([]);
    // fetch will not send another Host; node:http will (a DNS-rebinding page would).
    const rebound = await new Promise<number | undefined>((done, fail) => {
      request(`${base}/?token=${server.token}`, { headers: { Host: 'evil.example' } }, (r) => {
        r.resume();
        done(r.statusCode);
      })
        .on('error', fail)
        .end();
    });
    expect(rebound).toBe(403);
  });

  it('pushes events over server-sent events', async () => {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/events?token=${server.token}`, { signal: abort.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    const first = await reader.read();
    text += decoder.decode(first.value);
    await call({ method: 'journeys.rename', input: { id: 'welcome', name: 'Hi' } });
    while (!text.includes('event: workspace.changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    expect(text).toContain('event: workspace.changed\ndata: {"kind":"journey","id":"welcome"}');
    abort.abort();
  });
});
