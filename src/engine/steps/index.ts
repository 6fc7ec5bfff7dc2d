// The engine's per-kind behaviour, one module per node kind, keyed by every
// node type so a kind left out does not compile.
import type { NodeStepRegistry } from '../types.ts';
import { conditionStep } from './condition.ts';
import { emailStep } from './email.ts';
import { exitStep } from './exit.ts';
import { splitStep } from './split.ts';
import { triggerStep } from './trigger.ts';
import { updateStep } from './update.ts';
import { waitStep } from './wait.ts';
import { waitForStep } from './wait-for.ts';

export const nodeSteps: NodeStepRegistry = {
  trigger: triggerStep,
  wait: waitStep,
  waitFor: waitForStep,
  condition: conditionStep,
  split: splitStep,
  email: emailStep,
  update: updateStep,
  exit: exitStep,
};
