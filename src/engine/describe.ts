// Plain-English sentences for the trace: what a person reads in the
// simulator as the "why" of each decision.
import type { Explanation } from './conditions.ts';
import { describeDuration } from './time.ts';

const countWords: Record<string, string> = {
  eq: 'exactly',
  ne: 'other than',
  gt: 'more than',
  gte: 'at least',
  lt: 'fewer than',
  lte: 'at most',
};

const opWords: Record<string, string> = {
  eq: 'is',
  ne: 'is not',
  gt: 'is greater than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  in: 'is one of',
  contains: 'contains',
  startsWith: 'starts with',
  exists: 'exists',
  notExists: 'does not exist',
};

function show(v: unknown): string {
  return v === undefined ? 'missing' : JSON.stringify(v);
}

function times(n: number): string {
  return `${n} time${n === 1 ? '' : 's'}`;
}

/** One sentence for an explained condition, naming the part that decided. */
export function describeExplanation(e: Explanation): string {
  switch (e.kind) {
    case 'all': {
      if (e.ok) return e.items.map(describeExplanation).join('; and ');
      const failed = e.items.find((i) => !i.ok);
      return failed ? describeExplanation(failed) : 'no condition';
    }
    case 'any': {
      const passed = e.items.find((i) => i.ok);
      if (passed) return describeExplanation(passed);
      return e.items.length === 0
        ? 'no alternative'
        : e.items.map(describeExplanation).join('; nor ');
    }
    case 'not':
      return `not so: ${describeExplanation(e.item)}`;
    case 'property': {
      const expected = e.op === 'exists' || e.op === 'notExists' ? '' : ` ${show(e.value)}`;
      const verdict = e.ok ? 'holds' : 'does not hold';
      return `${e.property} ${opWords[e.op] ?? e.op}${expected} ${verdict} (it is ${show(e.actual)})`;
    }
    case 'event': {
      const where = e.where
        ? ` (${Object.entries(e.where)
            .map(([k, v]) => `${k} = ${show(v)}`)
            .join(', ')})`
        : '';
      const window = e.within
        ? ` in the last ${describeDuration(e.within)}`
        : e.since === 'entry'
          ? ' since entering the journey'
          : '';
      return `did ${e.event}${where} ${times(e.seen)}${window}, needed ${countWords[e.count.op] ?? e.count.op} ${e.count.value}`;
    }
    case 'tag':
      return e.ok ? `has the tag "${e.tag}"` : `does not have the tag "${e.tag}"`;
    case 'segment': {
      const head = e.ok ? `is in the segment ${e.segment}` : `is not in the segment ${e.segment}`;
      return e.item ? `${head}: ${describeExplanation(e.item)}` : head;
    }
    case 'email': {
      const which = e.node ? `email ${e.node}` : 'an email of this journey';
      return e.ok ? `${e.email} ${which} (${times(e.seen)})` : `has not ${e.email} ${which}`;
    }
  }
}
