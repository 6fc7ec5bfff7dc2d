import { describe, expect, it } from 'vitest';
import { insertAt, removeAt, removeFrom } from './run-lists.ts';
import type { Run } from './state.ts';

// Only what the lists read of a run: its journey's index, and an id to tell them apart.
const run = (id: number, journeyIndex: number) =>
  ({ id, journey: { index: journeyIndex } }) as unknown as Run;

describe('run lists', () => {
  it('keep journey order on insert, later runs of one journey after earlier ones', () => {
    const list: Run[] = [];
    insertAt(list, run(1, 2), 2);
    insertAt(list, run(2, 0), 0);
    insertAt(list, run(3, 1), 1);
    insertAt(list, run(4, 1), 1);
    insertAt(list, run(5, 3), 3);
    expect(list.map((r) => r.id)).toEqual([2, 3, 4, 1, 5]);
  });

  it('remove by position or by run, in place, and ignore a run not in the list', () => {
    const list = [run(1, 0), run(2, 1), run(3, 2)];
    const same = list;
    removeAt(list, 0);
    removeFrom(list, run(9, 9));
    expect(list.map((r) => r.id)).toEqual([2, 3]);
    const [second] = list;
    if (second) removeFrom(list, second);
    expect(list.map((r) => r.id)).toEqual([3]);
    expect(list).toBe(same);
  });
});
