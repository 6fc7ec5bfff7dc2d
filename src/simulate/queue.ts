// The simulation's agenda: a binary min-heap keyed by (instant, class,
// sequence). Class orders the work of one instant as the spec says: scripted
// events, then events made by reactions, then timer wake-ups; the sequence
// keeps each class in the order it was scheduled.

export const SCRIPTED = 0;
export const REACTION = 1;
export const TIMER = 2;

export type Keyed = { at: number; cls: number; seq: number };

function before(a: Keyed, b: Keyed): boolean {
  if (a.at !== b.at) return a.at < b.at;
  if (a.cls !== b.cls) return a.cls < b.cls;
  return a.seq < b.seq;
}

export class Agenda<T extends Keyed> {
  #items: T[] = [];

  get size(): number {
    return this.#items.length;
  }

  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    const items = this.#items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (!p || !before(item, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    const n = items.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const left = items[l];
      const right = items[r];
      if (!left) break;
      const child = right && r < n && before(right, left) ? r : l;
      const c = items[child];
      if (!c || !before(c, last)) break;
      items[i] = c;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
