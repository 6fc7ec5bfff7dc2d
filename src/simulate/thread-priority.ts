// V8 optimises hot code on background threads: Node starts four of them
// whatever the machine. While a cold simulation warms up, they all have
// compiles to do, and on a two-core machine the scheduler shares both cores
// among five busy threads: the one playing the simulation gets two fifths of
// them, and runs in V8's slower tiers for longer. Lowering the background
// threads' priority lets the simulation keep a core while they share the
// rest; where cores are idle, nothing changes. Linux only: there a thread has
// a nice value of its own, set through its id; elsewhere this does nothing.
// The command and the simulation worker call it before their first run.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value given to V8's background threads (0 is normal, 19 the lowest). */
export const BACKGROUND_NICE = 19;

/** Node names the threads of V8's platform (compilers, the collector's helpers) so. */
const V8_THREAD_NAME = 'V8Worker';

let done = false;

/** Lowers V8's background threads' priority; returns how many now run at it or lower. */
export function yieldBackgroundThreads(): number {
  if (done || process.platform !== 'linux') return 0;
  done = true;
  let lowered = 0;
  for (const tid of v8ThreadIds()) {
    try {
      // Never raise a priority: a process started with `nice` keeps its own.
      if (getPriority(tid) < BACKGROUND_NICE) setPriority(tid, BACKGROUND_NICE);
      lowered++;
    } catch {
      // A thread that ended meanwhile, or a sandbox that refuses: slower, still right.
    }
  }
  return lowered;
}

/** The ids of this process's V8 platform threads, read from /proc. */
export function v8ThreadIds(): number[] {
  const ids: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return ids;
  }
  for (const task of tasks) {
    try {
      if (readFileSync(`/proc/self/task/${task}/comm`, 'utf8').startsWith(V8_THREAD_NAME)) {
        ids.push(Number(task));
      }
    } catch {
      // Gone since the listing.
    }
  }
  return ids;
}
