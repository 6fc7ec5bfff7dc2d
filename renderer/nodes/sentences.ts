// One sentence per node saying what it does ("Wait 1 hour", "If tier is
// gold"): the text of canvas cards, inspector headers and tooltips.
import type {
  ConditionNode,
  EmailNode,
  SplitNode,
  TriggerNode,
  UpdateNode,
  WaitForNode,
  WaitNode,
} from '../../src/model';
import { describeCondition } from '../format/condition';
import { durationWords, formatDuration, joinWords } from '../format/duration';
import { readableLiquid } from '../format/liquid';
import { formatFilter, formatValue, humanizeName } from '../format/words';

function withFilter(text: string, where: Record<string, unknown> | undefined): string {
  const filter = formatFilter(where);
  return filter ? `${text} (${filter})` : text;
}

/** "3 days before birthday", "birthday" — an offset around a date property. */
function relativeTo(property: string, offset: string | undefined): string {
  const d = offset ? durationWords(offset) : undefined;
  if (!d || d.words === '0 seconds') return property;
  return `${d.words} ${d.negative ? 'before' : 'after'} ${property}`;
}

export function describeTrigger(node: TriggerNode): string {
  switch (node.on) {
    case 'event':
      return withFilter(`When ${humanizeName(node.event)}`, node.where);
    case 'segment':
      return `When entering segment ${node.segment}`;
    case 'date': {
      const when = relativeTo(node.property, node.offset);
      const on =
        when === node.property ? `On ${when}` : when.charAt(0).toUpperCase() + when.slice(1);
      return `${on} at ${node.at}${node.yearly ? ', every year' : ''}`;
    }
    case 'inactivity':
      return `When no ${humanizeName(node.event).toLowerCase()} for ${formatDuration(node.for)}`;
    case 'attribute':
      return node.to === undefined
        ? `When ${node.property} changes`
        : `When ${node.property} changes to ${formatValue(node.to)}`;
  }
}

const weekdayNames: Record<string, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

type Until = NonNullable<WaitNode['until']>;
type UntilTime = Extract<Until, { time: string }>;
const isUntilTime = (u: Until): u is UntilTime => 'time' in u && typeof u.time === 'string';

export function describeWait(node: WaitNode): string {
  if (node.for !== undefined) return `Wait ${formatDuration(node.for)}`;
  const until = node.until;
  if (!until) return 'Wait';
  if (isUntilTime(until)) {
    const days = until.weekdays?.map((d) => weekdayNames[d] ?? d);
    return days && days.length > 0
      ? `Wait until ${until.time} on ${joinWords(days, 'or')}`
      : `Wait until ${until.time}`;
  }
  return `Wait until ${relativeTo(until.property, until.offset)}`;
}

export function describeWaitFor(node: WaitForNode): string {
  return withFilter(
    `Wait up to ${formatDuration(node.timeout)} for ${humanizeName(node.event)}`,
    node.where,
  );
}

export function describeConditionNode(node: ConditionNode): string {
  return `If ${describeCondition(node.if)}`;
}

export function describeSplit(node: SplitNode): string {
  const total = node.variants.reduce((sum, v) => sum + Math.max(0, v.weight), 0);
  const shares = node.variants.map((v) => {
    const pct = total > 0 ? Math.round((Math.max(0, v.weight) / total) * 100) : 0;
    return `${v.key.toUpperCase()} ${pct}%`;
  });
  return `Split ${shares.join(' / ')}`;
}

export function describeEmail(node: EmailNode): string {
  return `Email · ${node.template} · ${readableLiquid(node.subject)}`;
}

export function describeUpdate(node: UpdateNode): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(node.set ?? {})) {
    parts.push(`set ${key} to ${formatValue(value)}`);
  }
  for (const key of node.unset ?? []) parts.push(`clear ${key}`);
  for (const tag of node.addTags ?? []) parts.push(`add tag ${tag}`);
  for (const tag of node.removeTags ?? []) parts.push(`remove tag ${tag}`);
  return parts.length > 0 ? `Update profile: ${parts.join(', ')}` : 'Update profile: no change';
}
