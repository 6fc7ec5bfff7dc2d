// The simulation's agenda items: one shape for every input (unused fields
// zero or null), so the agenda's comparisons and the dispatch stay
// monomorphic. `cls` says what an item is: a scripted event, a reaction's
// event, or a timer (kind, target, run, token: the engine's numbers; a
// reaction's event keeps its event kind in `target`). Items
// are used again once applied, so a cohort's millions of pushes do not each
// leave an object for the collector.
import { TIMER_RUN, type TimerKind } from '../engine/types.ts';
import type { JsonObject } from '../engine/values.ts';
import type { Keyed } from './queue.ts';

export type AgendaItem = Keyed & {
  /**
   * The persona's place in the driver's list of personas being played: a
   * number, where a pointer stored into a long-lived item would cost V8's
   * write barrier at every push (-1 while the item waits to be used again).
   */
  slot: number;
  name: string | null;
  properties: JsonObject | null;
  kind: TimerKind;
  target: number;
  run: number;
  token: number;
};

/** Items for pushes, numbered in push order (the agenda's order within a class), and taken back once applied. */
export class ItemPool {
  #spare: AgendaItem[] = [];
  #seq = 0;

  take(at: number, cls: number, slot: number): AgendaItem {
    const reused = this.#spare.pop();
    if (reused === undefined) {
      return {
        at,
        cls,
        seq: this.#seq++,
        slot,
        name: null,
        properties: null,
        kind: TIMER_RUN,
        target: 0,
        run: 0,
        token: 0,
      };
    }
    reused.at = at;
    reused.cls = cls;
    reused.seq = this.#seq++;
    reused.slot = slot;
    return reused;
  }

  /** Takes back an applied item (read it first): what it pointed at is let go. */
  release(it: AgendaItem): void {
    it.slot = -1;
    it.name = null;
    it.properties = null;
    this.#spare.push(it);
  }

  /** Lets go of the spare items (the simulation is over). */
  clear(): void {
    this.#spare.length = 0;
  }
}
