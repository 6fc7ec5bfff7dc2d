// The simulation's agenda, ordered by (instant, class, sequence). Class
// orders the work of one instant as the spec says: scripted events, then
// events made by reactions, then timer wake-ups; the sequence keeps each
// class in the order it was scheduled. Cohorts put thousands of items on the
// same instants, so items live in per-instant buckets (one list per class,
// appended in sequence order) and only the distinct instants sit in a heap:
// a pop is a step along a list, not a walk down a heap of every item.
import { empty } from '../engine/run-lists.ts';

export const SCRIPTED = 0;
export const REACTION = 1;
export const TIMER = 2;

export type Keyed = { at: number; cls: number; seq: number };

type Bucket<T> = { lists: [T[], T[], T[]]; heads: [number, number, number] };

export class Agenda<T extends Keyed> {
  #instants: number[] = [];
  #buckets = new Map<number, Bucket<T>>();
  #size = 0;
  // The bucket last pushed to, and the one being drained: cohorts push and pop
  // thousands of items on one instant in a row, so most lookups end here.
  #pushAt = Number.NaN;
  #pushBucket: Bucket<T> | undefined;
  #headAt = Number.NaN;
  #headBucket: Bucket<T> | undefined;
  // Exhausted buckets, emptied, for the next new instants: a cohort played in
  // blocks opens the same instants again and again.
  #spare: Bucket<T>[] = [];

  get size(): number {
    return this.#size;
  }

  /** Sequence numbers must grow with each push (they order items within a class). */
  push(item: T): void {
    let bucket = item.at === this.#pushAt ? this.#pushBucket : this.#buckets.get(item.at);
    if (!bucket) {
      bucket = this.#spare.pop() ?? { lists: [[], [], []], heads: [0, 0, 0] };
      this.#buckets.set(item.at, bucket);
      this.#pushInstant(item.at);
    }
    this.#pushAt = item.at;
    this.#pushBucket = bucket;
    bucket.lists[item.cls === SCRIPTED ? 0 : item.cls === REACTION ? 1 : 2].push(item);
    this.#size++;
  }

  peek(): T | undefined {
    for (;;) {
      const at = this.#instants[0];
      if (at === undefined) return undefined;
      const bucket = at === this.#headAt ? this.#headBucket : this.#buckets.get(at);
      this.#headAt = at;
      this.#headBucket = bucket;
      if (bucket) {
        for (let c = 0; c < 3; c++) {
          const list = bucket.lists[c as 0 | 1 | 2];
          const head = bucket.heads[c as 0 | 1 | 2];
          if (head < list.length) return list[head];
        }
      }
      // An exhausted instant: drop it and look at the next.
      this.#buckets.delete(at);
      if (bucket) {
        for (let c = 0; c < 3; c++) {
          // Emptied in place: each item is popped once, as it was pushed once.
          empty(bucket.lists[c as 0 | 1 | 2]);
          bucket.heads[c as 0 | 1 | 2] = 0;
        }
        this.#spare.push(bucket);
      }
      if (this.#pushAt === at) {
        this.#pushAt = Number.NaN;
        this.#pushBucket = undefined;
      }
      this.#headAt = Number.NaN;
      this.#headBucket = undefined;
      this.#popInstant();
    }
  }

  pop(): T | undefined {
    const item = this.peek();
    if (item === undefined) return undefined;
    const bucket = this.#headBucket;
    if (bucket) {
      const c = item.cls === SCRIPTED ? 0 : item.cls === REACTION ? 1 : 2;
      bucket.heads[c]++;
    }
    this.#size--;
    return item;
  }

  #pushInstant(at: number): void {
    const heap = this.#instants;
    heap.push(at);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (p === undefined || p <= at) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = at;
  }

  #popInstant(): void {
    const heap = this.#instants;
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const left = heap[l] ?? Number.POSITIVE_INFINITY;
      const right = r < n ? (heap[r] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
      const child = right < left ? r : l;
      const c = child === r ? right : left;
      if (c >= last) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
  }
}
