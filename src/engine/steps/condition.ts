// condition: branches `yes` / `no` on the profile, its history, tags and
// segments as of now; the trace says which sub-condition decided.
import { describeExplanation } from '../describe.ts';
import type { NodeStep, Outcome } from '../types.ts';

export const conditionStep: NodeStep<'condition'> = {
  enter(e, state, run, _node, at): Outcome {
    const c = at.condition;
    const env = { ws: e.ws, state, now: e.now, run };
    if (!c) return { kind: 'port', port: 'no' };
    if (!state.tracing) return { kind: 'port', port: c.test(env) ? 'yes' : 'no' };
    const explanation = c.explain(env);
    const port = explanation.ok ? 'yes' : 'no';
    return {
      kind: 'port',
      port,
      why: {
        reason: { code: 'condition', port, explanation },
        text: `took ${explanation.ok ? 'Yes' : 'No'}: ${describeExplanation(explanation)}`,
      },
    };
  },
  resume: (e, state, run, node, _cause) => conditionStep.enter(e, state, run, node, run.node),
};
