// A cohort run through the HTTP host leaves it answering other calls: the
// simulation plays in a worker thread, never on the thread serving requests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../db/testing.ts';
import { type HttpHost, startHttpHost } from '../host/http.ts';
import { openStarterHost, type StarterHost } from './simulation-testing.ts';

let api: StarterHost;
let server: HttpHost;
let cleanup = () => {};
beforeEach(async () => {
  api = await openStarterHost();
  const t = tempDir('waymark-http-sim-');
  cleanup = t.cleanup;
  const rendererDir = join(t.dir, 'renderer');
  mkdirSync(rendererDir);
  server = await startHttpHost({ api, rendererDir });
});
afterEach(async () => {
  await server.close();
  api.cleanup();
  cleanup();
});

async function call(method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ method, input }),
  });
  const body: unknown = await res.json();
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
  return body;
}

/** Server-sent events as `event` names, until `simulation.done` comes. */
async function eventsUntilDone(signal: AbortSignal): Promise<string[]> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/events?token=${server.token}`, {
    signal,
  });
  const names: string[] = [];
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (reader) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    for (const m of text.matchAll(/^event: (.+)$/gm)) names.push(m[1] ?? '');
    text = text.slice(text.lastIndexOf('\n') + 1);
    if (names.includes('simulation.done')) break;
  }
  void reader?.cancel();
  return names;
}

describe('a 10,000-persona run over HTTP', () => {
  it('keeps workspace.summary answering while it plays', async () => {
    const abort = new AbortController();
    const events = eventsUntilDone(abort.signal);
    await new Promise((r) => setTimeout(r, 100));
    const started: unknown = await call('simulation.run', { personaSet: 'cohort' });
    const runId =
      typeof started === 'object' && started !== null && 'result' in started
        ? String(Reflect.get(Object(started.result), 'runId'))
        : '';
    let finished = false;
    const done = api.done(runId).then((e) => {
      finished = true;
      return e;
    });
    const answeredWhileRunning: number[] = [];
    while (!finished) {
      const t = performance.now();
      await call('workspace.summary', {});
      const ms = performance.now() - t;
      if (!finished) answeredWhileRunning.push(ms);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await done).ok).toBe(true);
    expect(answeredWhileRunning.length).toBeGreaterThan(3);
    // Each answer came in well under the run's time: the thread was free.
    expect(Math.max(...answeredWhileRunning)).toBeLessThan(2000);
    const names = await events;
    abort.abort();
    expect(names.filter((n) => n === 'progress').length).toBeGreaterThan(5);
    expect(names.at(-1)).toBe('simulation.done');
  }, 120_000);
});
