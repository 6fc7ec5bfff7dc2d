// A profile's lists of runs (its active runs in journey order, the runs
// touched at the current instant), changed in place: `splice` would make an
// array of what it removes on every call, and these change at every step.
// `empty` also serves the profile state's other lists and the simulator's
// per-block lists, which are emptied and filled again.
import type { Run } from './state.ts';

/** Inserts `run` after the runs of journeys with an index up to `journeyIndex` (journey order). */
export function insertAt(list: Run[], run: Run, journeyIndex: number): void {
  let at = list.length;
  list.push(run);
  while (at > 0) {
    const before = list[at - 1];
    if (!before || before.journey.index <= journeyIndex) break;
    list[at] = before;
    at--;
  }
  list[at] = run;
}

export function removeAt(list: Run[], k: number): void {
  for (let i = k + 1; i < list.length; i++) list[i - 1] = list[i] as Run;
  list.pop();
}

export function removeFrom(list: Run[], run: Run): void {
  const k = list.indexOf(run);
  if (k >= 0) removeAt(list, k);
}

/** Empties a list by `pop`, compiled inline, keeping its storage (setting `length` calls V8's runtime). */
export function empty(list: unknown[]): void {
  while (list.length > 0) list.pop();
}
