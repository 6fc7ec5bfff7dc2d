// V8 moves objects from an allocation site straight to the old generation
// ("pretenuring") once most of that site's objects survive a young-generation
// collection. A cohort played block by block fools it: a block's profiles are
// alive at whichever collection happens while it plays, so V8 pretenures
// them, and every short-lived object they point to is then kept alive by the
// old generation until a full collection (a third of a 100,000-persona run
// went to copying those). Turned off for the process that plays cohorts: the
// command and the simulation worker call this before their first run.
import { setFlagsFromString } from 'node:v8';

let tuned = false;

export function tuneHeapForCohorts(): void {
  if (tuned) return;
  tuned = true;
  try {
    // Read when V8 decides to pretenure, so it takes effect after start-up.
    setFlagsFromString('--no-allocation-site-pretenuring');
  } catch {
    // A runtime that refuses flags once started (an embedder's choice): slower, still right.
  }
}
