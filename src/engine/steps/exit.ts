// exit: ends the run (reason `completed`).
import type { NodeStep } from '../types.ts';

export const exitStep: NodeStep<'exit'> = {
  enter: () => ({ kind: 'end' }),
  resume: () => ({ kind: 'end' }),
};
