// `npm run bench [-- --personas N] [-- --days D]`: the engine's speed and
// memory on the starter workspace, beside a floor measured in the same run
// (the same agenda pushes and pops with no node work). Each measurement runs
// in its own child process; see BENCHMARKS.md for what the figures mean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BLOCK_SIZE } from '../src/simulate/simulation.ts';
import {
  type EngineFigures,
  type Figures,
  type FloorFigures,
  measureEngine,
  measureFloor,
  recordAgenda,
} from './bench/measure.ts';

const { values } = parseArgs({
  options: {
    personas: { type: 'string', default: '100000' },
    days: { type: 'string', default: '90' },
    repeat: { type: 'string', default: '1' },
    child: { type: 'string' },
    log: { type: 'string' },
  },
});
const personas = Number(values.personas);
const days = Number(values.days);
const repeat = Number(values.repeat);
if ([personas, days, repeat].some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    'usage: npm run bench -- [--personas N] [--days D] [--repeat R]   (positive whole numbers)',
  );
  process.exit(2);
}

function child(mode: string, n: number, log = ''): Figures {
  const args = ['--expose-gc', '--max-old-space-size=8192', import.meta.filename, '--child', mode];
  args.push('--personas', String(n), '--days', String(days), '--log', log);
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const parsed: Figures = JSON.parse(out);
  return parsed;
}

function engine(n: number, mode: 'engine' | 'memory' = 'engine'): EngineFigures {
  const f = child(mode, n);
  if (f.mode !== 'engine') throw new Error('unexpected child output');
  return f;
}
const memory = (n: number) => engine(n, 'memory');

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const rate = (x: number) => Math.round(x).toLocaleString('en-US');

function main(): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Waymark bench: ${personas.toLocaleString('en-US')} cohort personas, starter workspace, ${days} simulated days, best of ${repeat}`,
  );
  console.log(
    `machine: ${cpu}, ${cpus().length} cores, ${mb(totalmem())}; Node ${process.version}\n`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const log = join(dir, 'agenda.f64');
  // On a shared machine timings wander: with --repeat, the fastest of R runs of each is kept.
  let floor: FloorFigures | undefined;
  let full: EngineFigures | undefined;
  // Each pair's own ratio, in order, so a reader sees how far the runs wander.
  const pairs: number[] = [];
  try {
    child('record', personas, log);
    for (let i = 0; i < repeat; i++) {
      const f = child('floor', personas, log);
      if (f.mode !== 'floor') throw new Error('unexpected child output');
      if (!floor || f.seconds < floor.seconds) floor = f;
      const e = engine(personas);
      if (!full || e.seconds < full.seconds) full = e;
      pairs.push(e.seconds / f.seconds);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!floor || !full) throw new Error('no measurement');
  const ops = floor.pushes + floor.pops;

  console.log('speed (one core)                 engine          floor     ratio');
  console.log(
    `  wall time              ${full.seconds.toFixed(2).padStart(12)} s ${floor.seconds.toFixed(2).padStart(12)} s ${(full.seconds / floor.seconds).toFixed(1).padStart(7)}x`,
  );
  if (pairs.length > 1) {
    const sorted = [...pairs].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median = Number.isInteger(mid)
      ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
      : (sorted[Math.floor(mid)] ?? 0);
    console.log(
      `  each pair, in order: ${pairs.map((r) => `${r.toFixed(1)}x`).join(' ')} (median ${median.toFixed(1)}x)`,
    );
  }
  console.log(
    `  CPU time               ${full.cpuSeconds.toFixed(2).padStart(12)} s ${floor.cpuSeconds.toFixed(2).padStart(12)} s ${(full.cpuSeconds / floor.cpuSeconds).toFixed(1).padStart(7)}x`,
  );
  console.log(
    `  personas/s             ${rate(full.personas / full.seconds).padStart(14)} ${rate(full.personas / floor.seconds).padStart(14)}`,
  );
  console.log(`  node steps/s           ${rate(full.nodeSteps / full.seconds).padStart(14)}`);
  console.log(
    `  node steps/CPU s       ${rate(full.nodeSteps / full.cpuSeconds).padStart(14)}   (CPU time includes V8's GC threads)`,
  );
  console.log(
    `  agenda ops/s           ${rate(ops / full.seconds).padStart(14)} ${rate(ops / floor.seconds).padStart(14)}`,
  );
  console.log(
    `  counts: ${rate(full.nodeSteps)} node steps, ${rate(full.events)} events, ${rate(full.timers)} timer wake-ups, ${rate(full.emails)} emails, ${rate(floor.pushes)} agenda pushes`,
  );
  const stepsOk = full.nodeSteps / full.seconds >= 1_000_000;
  const ratioOk = full.seconds / floor.seconds <= 5;
  console.log(
    `  targets: >= 1,000,000 node steps/s ${stepsOk ? 'met' : 'MISSED'}; engine <= 5x floor ${ratioOk ? 'met' : 'MISSED'}\n`,
  );

  console.log(
    `  peak RSS of that run: ${mb(full.peakRss)} (a summary keeps no cohort member: a block of ${rate(BLOCK_SIZE)} plays at a time)\n`,
  );

  // Memory: the workload stepped with every persona held, at a quarter, a half and the whole size.
  const sizes = [
    Math.max(1, Math.round(personas / 4)),
    Math.max(1, Math.round(personas / 2)),
    personas,
  ];
  const runs = sizes.map(memory);
  const base = memory(1);
  console.log('memory, stepped with every persona held (as the in-app step-by-step simulator)');
  console.log(
    '  personas      peak RSS   state at horizon   bytes/persona (state)   growth since previous',
  );
  let prev: EngineFigures | undefined;
  for (const r of runs) {
    const state = r.heapAfter - r.heapBefore;
    const perPersona = (state - (base.heapAfter - base.heapBefore)) / r.personas;
    const growth = prev
      ? `${rate((state - (prev.heapAfter - prev.heapBefore)) / (r.personas - prev.personas))} B/persona, peak +${mb(r.peakRss - prev.peakRss)}`
      : '';
    console.log(
      `  ${rate(r.personas).padStart(8)}  ${mb(r.peakRss).padStart(10)} ${mb(state).padStart(18)} ${rate(perPersona).padStart(23)}   ${growth}`,
    );
    prev = r;
  }
  console.log(
    `  (1 persona: peak RSS ${mb(base.peakRss)}, the fixed cost of code and the compiled workspace)`,
  );
}

// The parent runs the children below; a child does one measurement and prints it as JSON.
if (values.child) {
  let figures: Figures;
  if (values.child === 'engine') figures = await measureEngine(personas, days);
  else if (values.child === 'memory') figures = await measureEngine(personas, days, 'step');
  else if (values.child === 'record')
    figures = { mode: 'record', ops: await recordAgenda(personas, days, values.log ?? '') };
  else figures = measureFloor(values.log ?? '');
  process.stdout.write(JSON.stringify(figures));
} else {
  main();
}
