// segments/<id>.segment.json: dynamic segments (spec/FORMAT.md).
import { z } from 'zod';
import { Condition } from './condition.ts';
import { Id } from './primitives.ts';

export const Segment = z.looseObject({
  format: z.literal('segment/v1'),
  id: Id,
  name: z.string().min(1),
  condition: Condition,
});
export type Segment = z.infer<typeof Segment>;
