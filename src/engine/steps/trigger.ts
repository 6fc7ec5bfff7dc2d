// trigger: the entry point; a run leaves it at once by `out`.
import { type NodeStep, OUT } from '../types.ts';

export const triggerStep: NodeStep<'trigger'> = {
  enter: () => OUT,
  resume: () => OUT,
};
