// The scalar vocabulary of spec/FORMAT.md: ids, durations, instants, clock
// times and zones. Each is a zod schema so that every file kind validates
// through one call and publishes one JSON Schema.
import { IANAZone } from 'luxon';
import { z } from 'zod';

/** `[a-z0-9-]{1,64}`: journey, node, template, segment and persona ids. */
export const Id = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/, 'must be 1 to 64 characters of a-z, 0-9 and "-"');
export type Id = z.infer<typeof Id>;

const durationPattern =
  /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** An ISO 8601 duration (`PT1H`, `P2D`, `P1DT12H`), never negative. */
export const Duration = z
  .string()
  .regex(durationPattern, 'must be an ISO 8601 duration such as PT1H, P2D or P1DT12H');

/** An ISO 8601 duration that may be negative (`-P3D`): offsets before a date. */
// A pattern rather than a refinement, so that the published JSON Schema carries it.
export const SignedDuration = z
  .string()
  .regex(
    new RegExp(`^-?${durationPattern.source.slice(1)}`),
    'must be an ISO 8601 duration such as P1D or -P3D',
  );

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** An ISO 8601 instant in UTC (`2026-03-02T09:00:00Z`). */
// The pattern is published in the JSON Schema; the refinement also rejects
// dates that do not exist (2026-02-30).
const instantMessage = 'must be an ISO 8601 UTC instant such as 2026-03-02T09:00:00Z';
export const Instant = z
  .string()
  .regex(instantPattern, instantMessage)
  .refine((s) => {
    if (!instantPattern.test(s)) return true; // the pattern already reported it
    const ms = Date.parse(s);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === s.slice(0, 19);
  }, instantMessage);

/** A wall-clock time `HH:MM` in the profile's timezone. */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour clock time such as 09:00 or 21:30');

/** An IANA timezone name (`Europe/Lisbon`). */
export const TimeZone = z
  .string()
  .refine((s) => IANAZone.isValidZone(s), 'must be an IANA timezone such as Europe/Lisbon')
  .meta({ description: 'An IANA timezone name, such as Europe/Lisbon.' });

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

/** Any JSON value. One instance, so the JSON Schema defines it once. */
export const JsonValue = z.json();

/** Equality filters on an event's properties (`{ "category": "shoes" }`). */
export const PropertyFilter = z.record(z.string(), JsonValue);
export type PropertyFilter = z.infer<typeof PropertyFilter>;

/** An email address, as simple as SMTP needs: one @, no spaces or line breaks. */
export const EmailAddress = z
  .string()
  .regex(/^[^\s@<>]+@[^\s@<>]+$/, 'must be an email address such as ana@example.com');
