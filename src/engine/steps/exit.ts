// exit: ends the run (reason `completed`).
import { END, type NodeStep } from '../types.ts';

export const exitStep: NodeStep<'exit'> = {
  enter: () => END,
  resume: () => END,
};
