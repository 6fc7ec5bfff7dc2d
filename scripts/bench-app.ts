// `npm run bench:app [-- --personas N] [-- --runs R]`: the in-app simulator's
// time, from the API call to the result arriving, against the same run
// through `waymark simulate` in the same session. The app side goes through
// the HTTP host of browser mode (simulation.run, the `simulation.done`
// server-sent event, simulation.result); the command runs as a child process,
// as a person would type it. Both play the starter workspace against its
// cohort file scaled to N members over 90 days, in summary mode (counts,
// cohort members left out of the per-persona list) and in full.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tempDir } from '../src/db/testing.ts';
import { startHttpHost } from '../src/host/http.ts';
import { createInProcessHost } from '../src/host/in-process.ts';
import { outputJson, type SimulationOutput } from '../src/simulate/index.ts';
import { loadWorkload } from './bench/workload.ts';

const { values } = parseArgs({
  options: {
    personas: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
  },
});
const count = Number(values.personas);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:app -- [--personas N] [--runs R]   (positive whole numbers)');
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const setName = 'bench-app';
const { dir, cleanup } = tempDir('waymark-bench-app-');
const host = await createInProcessHost({ dbPath: join(dir, 'waymark.db') });
const rendererDir = join(dir, 'renderer');
mkdirSync(rendererDir);
const server = await startHttpHost({ api: host, rendererDir, bodyLimit: 512 * 2 ** 20 });
const base = `http://127.0.0.1:${server.port}`;

async function post(method: string, input: unknown): Promise<Response> {
  const request = () =>
    fetch(`${base}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ method, input }),
    });
  try {
    return await request();
  } catch {
    // A kept-alive connection the server closed while the machine was busy
    // with the command's process: the request never reached it; send again.
    return request();
  }
}

async function call(method: string, input: unknown): Promise<unknown> {
  const res = await post(method, input);
  const body: unknown = await res.json();
  if (!res.ok || typeof body !== 'object' || body === null || !('result' in body))
    throw new Error(`${method} failed: ${JSON.stringify(body).slice(0, 500)}`);
  return body.result;
}

/** `simulation.done` events as they arrive over the event stream, by run id. */
const finished = new Map<string, () => void>();
const ended = new Set<string>();
const stream = new AbortController();
async function listen(): Promise<void> {
  const res = await fetch(`${base}/api/events?token=${server.token}`, { signal: stream.signal });
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (reader) {
    const { value, done } = await reader.read();
    if (done) return;
    text += decoder.decode(value, { stream: true });
    const blocks = text.split('\n\n');
    text = blocks.pop() ?? '';
    for (const block of blocks) {
      if (!block.startsWith('event: simulation.done')) continue;
      const data: unknown = JSON.parse(block.slice(block.indexOf('data: ') + 6));
      const runId = typeof data === 'object' && data !== null ? Reflect.get(data, 'runId') : '';
      ended.add(String(runId));
      finished.get(String(runId))?.();
    }
  }
}
const listening = listen().catch(() => {});

function doneOf(runId: string): Promise<void> {
  return new Promise((resolveDone) => {
    if (ended.has(runId)) resolveDone();
    else finished.set(runId, resolveDone);
  });
}

/** One app run: API call to result received. */
async function viaApp(summary: boolean): Promise<{ seconds: number; json: string }> {
  const t = performance.now();
  const started = await call('simulation.run', { personaSet: setName, summary });
  const runId = String(Reflect.get(Object(started), 'runId'));
  await doneOf(runId);
  const result = await call('simulation.result', { runId });
  const seconds = (performance.now() - t) / 1000;
  const output: SimulationOutput = Reflect.get(Object(result), 'output');
  return { seconds, json: outputJson(output) };
}

/** One command run, as a child process, standard output to a file. */
function viaCommand(
  folder: string,
  file: string,
  summary: boolean,
): { seconds: number; json: string } {
  const outFile = join(dir, 'cli-out.json');
  const fd = openSync(outFile, 'w');
  const args = [join(root, 'src/cli/main.ts'), 'simulate', folder, '--personas', file, '--json'];
  if (summary) args.push('--summary');
  const t = performance.now();
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'inherit'] });
  const seconds = (performance.now() - t) / 1000;
  closeSync(fd);
  if (child.status !== 0) throw new Error(`waymark simulate exited with ${child.status}`);
  return { seconds, json: readFileSync(outFile, 'utf8') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

try {
  const { personas } = await loadWorkload(count, 90);
  await call('personas.save', { name: setName, file: personas });
  const folder = join(dir, 'workspace');
  await call('workspace.exportToFolder', { path: folder });
  const personaFile = join(folder, 'personas', `${setName}.personas.json`);

  console.log(
    `Waymark app bench: ${count.toLocaleString('en-US')} cohort personas, starter workspace, 90 simulated days, median of ${runs}`,
  );
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; Node ${process.version}\n`,
  );
  console.log('mode      app: first call   app: later calls   command   app/command');
  for (const summary of [true, false]) {
    const app: number[] = [];
    const cli: number[] = [];
    let first = 0;
    for (let i = 0; i <= runs; i++) {
      const a = await viaApp(summary);
      const c = viaCommand(folder, personaFile, summary);
      if (a.json !== c.json) throw new Error('the app and the command gave different outputs');
      // The first app call may start the worker; later calls find it loaded.
      if (i === 0) first = a.seconds;
      else app.push(a.seconds);
      cli.push(c.seconds);
    }
    const [appS, cliS] = [median(app), median(cli)];
    console.log(
      `${(summary ? 'summary' : 'full').padEnd(8)} ${first.toFixed(2).padStart(13)} s ${appS.toFixed(2).padStart(16)} s ${cliS.toFixed(2).padStart(7)} s ${(appS / cliS).toFixed(2).padStart(12)}x`,
    );
  }
  // What the command pays before simulating: Node's start and loading the modules.
  const starts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [join(root, 'src/cli/main.ts'), 'simulate', '--help'], {
      stdio: 'ignore',
    });
    starts.push((performance.now() - t) / 1000);
  }
  console.log(`\ncommand start-up alone (waymark simulate --help): ${median(starts).toFixed(2)} s`);
  console.log('(the app and the command gave the same output, byte for byte, each time)');
} finally {
  stream.abort();
  await listening;
  await server.close();
  host.close();
  cleanup();
}
