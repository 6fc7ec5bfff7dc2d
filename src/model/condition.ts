// Conditions: structured JSON, never code (spec/FORMAT.md, "Conditions").
// One recursive union; each form is told apart by the key it carries.
import { z } from 'zod';
import { Duration, Id, JsonValue, PropertyFilter } from './primitives.ts';

export const PropertyOp = z.enum([
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'contains',
  'startsWith',
  'exists',
  'notExists',
]);
export type PropertyOp = z.infer<typeof PropertyOp>;

export const CountOp = z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']);
export type CountOp = z.infer<typeof CountOp>;

export const PropertyCondition = z.looseObject({
  property: z.string().min(1),
  op: PropertyOp,
  value: JsonValue.optional(),
});
export type PropertyCondition = z.infer<typeof PropertyCondition>;

export const EventCondition = z.looseObject({
  event: z.string().min(1),
  where: PropertyFilter.optional(),
  count: z.looseObject({ op: CountOp, value: z.number().int().nonnegative() }).optional(),
  within: Duration.optional(),
  since: z.literal('entry').optional(),
});
export type EventCondition = z.infer<typeof EventCondition>;

export const TagCondition = z.looseObject({ tag: z.string().min(1) });
export type TagCondition = z.infer<typeof TagCondition>;

export const SegmentCondition = z.looseObject({ segment: Id });
export type SegmentCondition = z.infer<typeof SegmentCondition>;

export const EmailCondition = z.looseObject({
  email: z.enum(['opened', 'clicked']),
  node: Id.optional(),
});
export type EmailCondition = z.infer<typeof EmailCondition>;

export type AllCondition = { all: Condition[]; [key: string]: unknown };
export type AnyCondition = { any: Condition[]; [key: string]: unknown };
export type NotCondition = { not: Condition; [key: string]: unknown };

export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | PropertyCondition
  | EventCondition
  | TagCondition
  | SegmentCondition
  | EmailCondition;

/**
 * The message of the condition union's own issue. It marks that issue so a
 * schema problem can pick the form by its key and report the real nested
 * issue (see zod-problems.ts), instead of "matches none of the forms".
 */
export const conditionUnionMessage = 'is not a condition';

// The forms are listed in the order of `conditionKinds`: zod reports one list
// of issues per form, and zod-problems.ts picks the list by that index.
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.looseObject({ all: z.array(Condition) }),
      z.looseObject({ any: z.array(Condition) }),
      z.looseObject({ not: Condition }),
      PropertyCondition,
      EventCondition,
      TagCondition,
      SegmentCondition,
      EmailCondition,
    ],
    { error: conditionUnionMessage },
  ),
);

/** The key that tells which form a condition is; `undefined` when none fits. */
export type ConditionKind =
  | 'all'
  | 'any'
  | 'not'
  | 'property'
  | 'event'
  | 'tag'
  | 'segment'
  | 'email';
export const conditionKinds: readonly ConditionKind[] = [
  'all',
  'any',
  'not',
  'property',
  'event',
  'tag',
  'segment',
  'email',
];
export function conditionKind(c: unknown): ConditionKind | undefined {
  if (typeof c !== 'object' || c === null) return undefined;
  return conditionKinds.find((k) => k in c);
}
