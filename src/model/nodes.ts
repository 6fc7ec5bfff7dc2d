// Node types of a journey (spec/FORMAT.md, "Node types"): one schema and one
// type of the same name per kind, joined in a union discriminated on `type`.
import { z } from 'zod';
import { Condition } from './condition.ts';
import {
  ClockTime,
  Duration,
  EmailAddress,
  Id,
  JsonValue,
  PropertyFilter,
  SignedDuration,
  Weekday,
} from './primitives.ts';

const base = { id: Id };

export const EventTrigger = z.looseObject({
  ...base,
  type: z.literal('trigger'),
  on: z.literal('event'),
  event: z.string().min(1),
  where: PropertyFilter.optional(),
});
export const SegmentTrigger = z.looseObject({
  ...base,
  type: z.literal('trigger'),
  on: z.literal('segment'),
  segment: Id,
});
export const DateTrigger = z.looseObject({
  ...base,
  type: z.literal('trigger'),
  on: z.literal('date'),
  property: z.string().min(1),
  offset: SignedDuration.optional(),
  at: ClockTime,
  yearly: z.boolean().optional(),
});
export const InactivityTrigger = z.looseObject({
  ...base,
  type: z.literal('trigger'),
  on: z.literal('inactivity'),
  event: z.string().min(1),
  for: Duration,
});
export const AttributeTrigger = z.looseObject({
  ...base,
  type: z.literal('trigger'),
  on: z.literal('attribute'),
  property: z.string().min(1),
  to: JsonValue.optional(),
});

export const TriggerNode = z.discriminatedUnion('on', [
  EventTrigger,
  SegmentTrigger,
  DateTrigger,
  InactivityTrigger,
  AttributeTrigger,
]);
export type TriggerNode = z.infer<typeof TriggerNode>;
export type TriggerKind = TriggerNode['on'];
export const triggerKinds: readonly TriggerKind[] = [
  'event',
  'segment',
  'date',
  'inactivity',
  'attribute',
];

export const WaitUntilTime = z.looseObject({
  time: ClockTime,
  weekdays: z.array(Weekday).min(1).optional(),
});
export const WaitUntilProperty = z.looseObject({
  property: z.string().min(1),
  offset: SignedDuration.optional(),
});

export const WaitNode = z
  .looseObject({
    ...base,
    type: z.literal('wait'),
    for: Duration.optional(),
    until: z.union([WaitUntilTime, WaitUntilProperty]).optional(),
  })
  .refine((n) => (n.for === undefined) !== (n.until === undefined), {
    message:
      'a wait needs exactly one of "for" (a duration) or "until" (a clock time or a property)',
  });
export type WaitNode = z.infer<typeof WaitNode>;

export const WaitForNode = z.looseObject({
  ...base,
  type: z.literal('waitFor'),
  event: z.string().min(1),
  where: PropertyFilter.optional(),
  timeout: Duration,
});
export type WaitForNode = z.infer<typeof WaitForNode>;

export const ConditionNode = z.looseObject({
  ...base,
  type: z.literal('condition'),
  if: Condition,
});
export type ConditionNode = z.infer<typeof ConditionNode>;

export const SplitVariant = z.looseObject({ key: Id, weight: z.number() });
export const SplitNode = z.looseObject({
  ...base,
  type: z.literal('split'),
  variants: z.array(SplitVariant).min(1),
});
export type SplitNode = z.infer<typeof SplitNode>;

export const Sender = z.looseObject({ name: z.string().optional(), email: EmailAddress });
export const EmailNode = z.looseObject({
  ...base,
  type: z.literal('email'),
  template: Id,
  subject: z.string().min(1),
  preheader: z.string().optional(),
  from: z.union([EmailAddress, Sender]).optional(),
});
export type EmailNode = z.infer<typeof EmailNode>;

export const UpdateNode = z.looseObject({
  ...base,
  type: z.literal('update'),
  set: z.record(z.string(), JsonValue).optional(),
  unset: z.array(z.string()).optional(),
  addTags: z.array(z.string()).optional(),
  removeTags: z.array(z.string()).optional(),
});
export type UpdateNode = z.infer<typeof UpdateNode>;

export const ExitNode = z.looseObject({ ...base, type: z.literal('exit') });
export type ExitNode = z.infer<typeof ExitNode>;

export const JourneyNode = z.discriminatedUnion('type', [
  TriggerNode,
  WaitNode,
  WaitForNode,
  ConditionNode,
  SplitNode,
  EmailNode,
  UpdateNode,
  ExitNode,
]);
export type JourneyNode = z.infer<typeof JourneyNode>;
export type NodeType = JourneyNode['type'];
export type NodeOfType<T extends NodeType> = Extract<JourneyNode, { type: T }>;

export const nodeTypes: readonly NodeType[] = [
  'trigger',
  'wait',
  'waitFor',
  'condition',
  'split',
  'email',
  'update',
  'exit',
];

/** Ends a switch that must cover every case: a missing case fails to compile. */
export function assertUnreachable(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
