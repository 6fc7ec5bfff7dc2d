// condition: branches `yes` / `no` on the profile, its history, tags and
// segments as of now; the trace says which sub-condition decided.
import { describeExplanation } from '../describe.ts';
import { leaveWhy, NO, type NodeStep, type Outcome, YES } from '../types.ts';

export const conditionStep: NodeStep<'condition'> = {
  enter(e, state, run, _node, at): Outcome {
    const c = at.condition;
    if (!c) return NO;
    if (!state.tracing) return c.test(e.testEnv(state, run)) ? YES : NO;
    const explanation = c.explain({ ws: e.ws, state, now: e.now, run });
    const outcome = explanation.ok ? YES : NO;
    return leaveWhy(outcome, {
      reason: { code: 'condition', port: outcome.port, explanation },
      text: `took ${explanation.ok ? 'Yes' : 'No'}: ${describeExplanation(explanation)}`,
    });
  },
  resume: (e, state, run, node, _cause) => conditionStep.enter(e, state, run, node, run.node),
};
