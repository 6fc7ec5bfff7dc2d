// workspace.json: settings for the whole workspace (spec/FORMAT.md).
import { z } from 'zod';
import { Duration, EmailAddress, TimeZone } from './primitives.ts';

export const FrequencyCap = z.looseObject({ max: z.number().int().positive(), per: Duration });
export type FrequencyCap = z.infer<typeof FrequencyCap>;

export const Suppression = z.looseObject({
  email: EmailAddress,
  reason: z.enum(['hard-bounce', 'complaint', 'manual', 'unsubscribed']),
  at: z.string().optional(),
});
export type Suppression = z.infer<typeof Suppression>;

export const WorkspaceSettings = z.looseObject({
  format: z.literal('workspace/v1'),
  name: z.string().min(1),
  timezone: TimeZone,
  sender: z.looseObject({ name: z.string(), email: EmailAddress }),
  frequencyCap: FrequencyCap.nullable().optional(),
  unsubscribeUrl: z.string().optional(),
  /** Seed of live split choices (spec: "the workspace's seed, default 0"). */
  seed: z.number().int().optional(),
  /** The suppression list (hard bounces, complaints, manual entries). An extension of v1. */
  suppressions: z.array(Suppression).optional(),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;
