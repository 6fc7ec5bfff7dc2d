// personas/<name>.personas.json: simulation input (spec/FORMAT.md, "Personas").
import { z } from 'zod';
import {
  Duration,
  EmailAddress,
  Id,
  Instant,
  JsonValue,
  PropertyFilter,
  TimeZone,
} from './primitives.ts';

/** A profile: at least `email`; every other field is free. */
export const Profile = z.looseObject({
  email: EmailAddress,
  id: z.string().min(1).optional(),
  first_name: z.string().optional(),
  timezone: TimeZone.optional(),
  created_at: z.string().optional(),
  tags: z.array(z.string()).optional(),
});
export type Profile = z.infer<typeof Profile>;

/** A cohort's profile template: like a profile, but `email` may be left out. */
export const ProfileTemplate = Profile.partial();

/** `at`: an instant, or `+DURATION` after the file's `start`. */
export const ScriptedAt = z
  .string()
  .refine(
    (s) =>
      s.startsWith('+') ? Duration.safeParse(s.slice(1)).success : Instant.safeParse(s).success,
    'must be an ISO 8601 UTC instant or "+" and a duration after start, such as +PT1H',
  );

export const ScriptedEvent = z.looseObject({
  at: ScriptedAt,
  name: z.string().min(1),
  properties: z.record(z.string(), JsonValue).optional(),
});
export type ScriptedEvent = z.infer<typeof ScriptedEvent>;

export const ReactionEvent = z.looseObject({
  name: z.string().min(1),
  properties: z.record(z.string(), JsonValue).optional(),
});

export const Reaction = z.looseObject({
  when: z.looseObject({ event: z.string().min(1), where: PropertyFilter.optional() }),
  then: z.union([z.string().min(1), ReactionEvent]),
  after: Duration,
  chance: z.number().min(0).max(1).optional(),
});
export type Reaction = z.infer<typeof Reaction>;

export const Persona = z.looseObject({
  id: z.string().min(1),
  profile: Profile,
  events: z.array(ScriptedEvent).optional(),
  reactions: z.array(Reaction).optional(),
});
export type Persona = z.infer<typeof Persona>;

export const Cohort = z.looseObject({
  id: Id,
  count: z.number().int().positive(),
  profile: ProfileTemplate.optional(),
  events: z.array(ScriptedEvent).optional(),
  reactions: z.array(Reaction).optional(),
});
export type Cohort = z.infer<typeof Cohort>;

export const PersonasFile = z.looseObject({
  format: z.literal('personas/v1'),
  start: Instant,
  horizon: Duration,
  seed: z.number().int().optional(),
  personas: z.array(Persona).optional(),
  cohorts: z.array(Cohort).optional(),
});
export type PersonasFile = z.infer<typeof PersonasFile>;
