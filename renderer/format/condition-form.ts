// Which form a condition takes. The model's condition types are loose
// objects (unknown fields round-trip), so `in` alone does not narrow them;
// these guards check the key and its value, then narrow.
import type {
  AllCondition,
  AnyCondition,
  Condition,
  EmailCondition,
  EventCondition,
  NotCondition,
  PropertyCondition,
  SegmentCondition,
  TagCondition,
} from '../../src/model';

export type ConditionForm =
  | { kind: 'all'; condition: AllCondition }
  | { kind: 'any'; condition: AnyCondition }
  | { kind: 'not'; condition: NotCondition }
  | { kind: 'property'; condition: PropertyCondition }
  | { kind: 'event'; condition: EventCondition }
  | { kind: 'tag'; condition: TagCondition }
  | { kind: 'segment'; condition: SegmentCondition }
  | { kind: 'email'; condition: EmailCondition }
  | { kind: 'unknown'; condition: Condition };

const isAll = (c: Condition): c is AllCondition => 'all' in c && Array.isArray(c.all);
const isAny = (c: Condition): c is AnyCondition => 'any' in c && Array.isArray(c.any);
const isNot = (c: Condition): c is NotCondition =>
  'not' in c && typeof c.not === 'object' && c.not !== null;
const isProperty = (c: Condition): c is PropertyCondition =>
  'property' in c && typeof c.property === 'string' && 'op' in c;
const isEmail = (c: Condition): c is EmailCondition =>
  'email' in c && (c.email === 'opened' || c.email === 'clicked');
const isEvent = (c: Condition): c is EventCondition => 'event' in c && typeof c.event === 'string';
const isTag = (c: Condition): c is TagCondition => 'tag' in c && typeof c.tag === 'string';
const isSegment = (c: Condition): c is SegmentCondition =>
  'segment' in c && typeof c.segment === 'string';

export function conditionForm(c: Condition): ConditionForm {
  if (isAll(c)) return { kind: 'all', condition: c };
  if (isAny(c)) return { kind: 'any', condition: c };
  if (isNot(c)) return { kind: 'not', condition: c };
  if (isProperty(c)) return { kind: 'property', condition: c };
  if (isEmail(c)) return { kind: 'email', condition: c };
  if (isEvent(c)) return { kind: 'event', condition: c };
  if (isTag(c)) return { kind: 'tag', condition: c };
  if (isSegment(c)) return { kind: 'segment', condition: c };
  return { kind: 'unknown', condition: c };
}
