// A journey file: journeys/<id>.journey.json (spec/FORMAT.md, "A journey").
import { z } from 'zod';
import { Condition } from './condition.ts';
import { JourneyNode } from './nodes.ts';
import { ClockTime, Duration, Id, PropertyFilter } from './primitives.ts';

export const JourneyStatus = z.enum(['draft', 'live', 'paused']);
export type JourneyStatus = z.infer<typeof JourneyStatus>;

export const Reentry = z.union([
  z.literal('never'),
  z.literal('always'),
  z.looseObject({ after: Duration }),
]);
export type Reentry = z.infer<typeof Reentry>;

export const Goal = z.looseObject({
  event: z.string().min(1),
  where: PropertyFilter.optional(),
  within: Duration.optional(),
  exit: z.boolean().optional(),
});
export type Goal = z.infer<typeof Goal>;

export const QuietHours = z.looseObject({ from: ClockTime, to: ClockTime });
export type QuietHours = z.infer<typeof QuietHours>;

export const CapPolicy = z.enum(['skip', 'delay', 'ignore']);
export type CapPolicy = z.infer<typeof CapPolicy>;

export const JourneySettings = z.looseObject({
  reentry: Reentry.optional(),
  exitWhen: z.array(Condition).optional(),
  goal: Goal.nullable().optional(),
  priority: z.number().int().optional(),
  quietHours: QuietHours.nullable().optional(),
  frequencyCap: CapPolicy.optional(),
});
export type JourneySettings = z.infer<typeof JourneySettings>;

export const Edge = z.looseObject({
  from: Id,
  port: z.string().min(1).optional(),
  to: Id,
});
export type Edge = z.infer<typeof Edge>;

export const Point = z.looseObject({ x: z.number(), y: z.number() });

export const Journey = z.looseObject({
  format: z.literal('journey/v1'),
  id: Id,
  name: z.string().min(1),
  status: JourneyStatus,
  settings: JourneySettings.optional(),
  nodes: z.array(JourneyNode),
  edges: z.array(Edge),
  layout: z.record(z.string(), Point).optional(),
});
export type Journey = z.infer<typeof Journey>;

/** The settings with the spec's defaults filled in, as the engine reads them. */
export type ResolvedJourneySettings = {
  reentry: Reentry;
  exitWhen: Condition[];
  goal: Goal | null;
  priority: number;
  quietHours: QuietHours | null;
  frequencyCap: CapPolicy;
};

export function resolveSettings(journey: Journey): ResolvedJourneySettings {
  const s = journey.settings ?? {};
  return {
    reentry: s.reentry ?? 'never',
    exitWhen: s.exitWhen ?? [],
    goal: s.goal ?? null,
    priority: s.priority ?? 0,
    quietHours: s.quietHours ?? null,
    frequencyCap: s.frequencyCap ?? 'skip',
  };
}
