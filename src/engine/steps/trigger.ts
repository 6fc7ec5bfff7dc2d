// trigger: the entry point; a run leaves it at once by `out`.
import type { NodeStep } from '../types.ts';

export const triggerStep: NodeStep<'trigger'> = {
  enter: () => ({ kind: 'port', port: 'out' }),
  resume: () => ({ kind: 'port', port: 'out' }),
};
