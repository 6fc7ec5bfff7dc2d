import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Agenda, type Keyed, REACTION, SCRIPTED, TIMER } from './queue.ts';

describe('agenda', () => {
  it('pops by (instant, class, sequence), also for items pushed while draining an instant', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 20 }),
            cls: fc.constantFrom(SCRIPTED, REACTION, TIMER),
          }),
          { maxLength: 200 },
        ),
        fc.array(
          fc.record({
            cls: fc.constantFrom(SCRIPTED, REACTION, TIMER),
            delay: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 50 },
        ),
        (items, later) => {
          const agenda = new Agenda<Keyed>();
          let seq = 0;
          for (const i of items) agenda.push({ ...i, seq: seq++ });
          const out: Keyed[] = [];
          let extra = 0;
          for (let item = agenda.pop(); item; item = agenda.pop()) {
            out.push(item);
            const more = later[extra];
            if (more && extra < later.length) {
              extra++;
              agenda.push({ at: item.at + more.delay, cls: more.cls, seq: seq++ });
            }
          }
          expect(agenda.size).toBe(0);
          expect(out).toHaveLength(items.length + extra);
          // Each popped item is never before the one popped just earlier, except that
          // an item pushed during an instant goes before what remains of a later class.
          for (let i = 1; i < out.length; i++) {
            const a = out[i - 1];
            const b = out[i];
            if (a && b) expect(b.at).toBeGreaterThanOrEqual(a.at);
          }
        },
      ),
    );
  });

  it('orders one instant: scripted, reactions, timers, each in push order', () => {
    const agenda = new Agenda<Keyed & { id: string }>();
    agenda.push({ at: 5, cls: TIMER, seq: 0, id: 't1' });
    agenda.push({ at: 5, cls: SCRIPTED, seq: 1, id: 's1' });
    agenda.push({ at: 1, cls: TIMER, seq: 2, id: 'early' });
    agenda.push({ at: 5, cls: REACTION, seq: 3, id: 'r1' });
    agenda.push({ at: 5, cls: SCRIPTED, seq: 4, id: 's2' });
    const ids: string[] = [];
    for (let i = agenda.pop(); i; i = agenda.pop()) ids.push(i.id);
    expect(ids).toEqual(['early', 's1', 's2', 'r1', 't1']);
  });
});
