// Conditions in words: { property: "tier", op: "eq", value: "gold" } →
// "tier is gold". Used by condition cards, segment views and inspectors.
import type {
  Condition,
  CountOp,
  EmailCondition,
  EventCondition,
  PropertyCondition,
  PropertyOp,
} from '../../src/model';
import { conditionForm } from './condition-form';
import { formatDuration } from './duration';
import { formatFilter, formatValue, humanizeName } from './words';

const propertyOps: Record<PropertyOp, (value: unknown) => string> = {
  eq: (v) => `is ${formatValue(v)}`,
  ne: (v) => `is not ${formatValue(v)}`,
  gt: (v) => `is more than ${formatValue(v)}`,
  gte: (v) => `is at least ${formatValue(v)}`,
  lt: (v) => `is less than ${formatValue(v)}`,
  lte: (v) => `is at most ${formatValue(v)}`,
  in: (v) => `is ${formatValue(v)}`,
  contains: (v) => `contains ${formatValue(v)}`,
  startsWith: (v) => `starts with ${formatValue(v)}`,
  exists: () => 'is set',
  notExists: () => 'is not set',
};

const countOps: Record<CountOp, string> = {
  eq: 'exactly',
  ne: 'other than',
  gt: 'more than',
  gte: 'at least',
  lt: 'fewer than',
  lte: 'at most',
};

function describeProperty(c: PropertyCondition): string {
  return `${c.property} ${propertyOps[c.op](c.value)}`;
}

function describeEvent(c: EventCondition): string {
  const parts = [`did ${humanizeName(c.event)}`];
  const where = formatFilter(c.where);
  if (where) parts.push(`with ${where}`);
  if (c.count) {
    const n = c.count.value;
    parts.push(`${countOps[c.count.op]} ${n} ${n === 1 ? 'time' : 'times'}`);
  }
  if (c.within) parts.push(`in the last ${formatDuration(c.within)}`);
  if (c.since === 'entry') parts.push('since entering');
  return parts.join(' ');
}

function describeEmail(c: EmailCondition): string {
  return `${c.email} ${c.node ? `email ${c.node}` : 'any email of this journey'}`;
}

function isGroup(c: Condition): boolean {
  const kind = conditionForm(c).kind;
  return kind === 'all' || kind === 'any';
}

/** One condition, any depth, as a sentence without a leading "If". */
export function describeCondition(c: Condition): string {
  const form = conditionForm(c);
  switch (form.kind) {
    case 'all':
      return joinGroup(form.condition.all, 'and');
    case 'any':
      return joinGroup(form.condition.any, 'or');
    case 'not': {
      const inner = form.condition.not;
      return isGroup(inner)
        ? `not (${describeCondition(inner)})`
        : `not: ${describeCondition(inner)}`;
    }
    case 'property':
      return describeProperty(form.condition);
    case 'event':
      return describeEvent(form.condition);
    case 'tag':
      return `has tag ${form.condition.tag}`;
    case 'segment':
      return `is in segment ${form.condition.segment}`;
    case 'email':
      return describeEmail(form.condition);
    case 'unknown':
      return 'an unknown condition';
  }
}

function joinGroup(items: Condition[], word: 'and' | 'or'): string {
  if (items.length === 0) return word === 'and' ? 'always' : 'never';
  return items
    .map((item) => (isGroup(item) ? `(${describeCondition(item)})` : describeCondition(item)))
    .join(` ${word} `);
}
