// split: a deterministic A/B choice, SHA-256 of
// `<seed>:<journey id>:<node id>:<profile id>` laid onto the cumulative weights.
import { hashFractionOf, pickWeighted } from '../sha256.ts';
import { profileId } from '../state.ts';
import { leaveWhy, type NodeStep, type Outcome, type PortOutcome } from '../types.ts';

export const splitStep: NodeStep<'split'> = {
  enter(e, state, _run, _node, compiled): Outcome {
    if (compiled.drawSeed !== e.seed) {
      compiled.drawPrefix = `${e.seed}:${compiled.drawKey}`;
      compiled.drawSeed = e.seed;
    }
    const draw = hashFractionOf(compiled.drawPrefix, profileId(state.profile));
    const index = pickWeighted(draw, compiled.weights);
    // The index is always a variant's, or -1 for a split without any.
    const outcome = compiled.variants[index] ?? (compiled.variants[0] as PortOutcome);
    if (!state.tracing) return outcome;
    const port = outcome.port;
    return leaveWhy(outcome, {
      reason: { code: 'split', port, draw },
      text: `took variant "${port}" (hash draw ${draw.toFixed(4)})`,
    });
  },
  resume: (e, state, run, node) => splitStep.enter(e, state, run, node, run.node),
};
