import { describe, expect, it } from 'vitest';
import type { PersonaGroup } from './personas.ts';
import { fileOrder, tour } from './play-order.ts';

const group = (id: string, count: number): PersonaGroup => ({
  id,
  cohort: count > 1,
  count,
  profile: {},
  script: [],
  reactions: [],
});

const shown = (ranges: ReturnType<typeof tour>) =>
  ranges.map((r) => `${r.group.id} ${r.from}-${r.to} @${r.order}`);

describe('play order', () => {
  const groups = [group('ana', 1), group('big', 150), group('small', 3), group('mid', 70)];

  it('plays one block of every group first, then the rest of each in file order', () => {
    expect(shown(tour(groups, 64))).toEqual([
      'ana 1-1 @0',
      'big 1-64 @1',
      'small 1-3 @151',
      'mid 1-64 @154',
      'big 65-150 @65',
      'mid 65-70 @218',
    ]);
  });

  it('keeps file order when stepping', () => {
    expect(shown(fileOrder(groups))).toEqual([
      'ana 1-1 @0',
      'big 1-150 @1',
      'small 1-3 @151',
      'mid 1-70 @154',
    ]);
  });

  it('gives every member one place in file order', () => {
    const places = tour(groups, 2).flatMap((r) =>
      Array.from({ length: r.to - r.from + 1 }, (_, k) => r.order + k),
    );
    expect(places.sort((a, b) => a - b)).toEqual(Array.from({ length: 224 }, (_, k) => k));
  });
});
