// waitFor: waits for the profile to do an event (since reaching this node);
// leaves by `event` when it does, by `timeout` otherwise.
import { formatInstant, parseDuration, plusDuration } from '../time.ts';
import { BY_EVENT, BY_TIMEOUT, leaveWhy, type NodeStep, waitUntil } from '../types.ts';

export const waitForStep: NodeStep<'waitFor'> = {
  enter(e, state, _run, node, compiled) {
    const at = plusDuration(state.zone, e.now, compiled.duration ?? parseDuration(node.timeout));
    if (!state.tracing) return waitUntil(at, 'waitingFor');
    return {
      kind: 'wait',
      until: at,
      status: 'waitingFor',
      ...(state.tracing
        ? {
            why: {
              reason: { code: 'wait-for', event: node.event, timeout: formatInstant(at) },
              text: `waits for ${node.event}, at the latest until ${formatInstant(at)}`,
            },
          }
        : {}),
    };
  },
  resume(_e, state, _run, node, cause) {
    const outcome = cause === 'event' ? BY_EVENT : BY_TIMEOUT;
    if (!state.tracing) return outcome;
    const port = outcome.port;
    const text =
      cause === 'event'
        ? `did ${node.event}: took "event"`
        : `no ${node.event} before the timeout: took "timeout"`;
    return leaveWhy(outcome, { reason: { code: 'port', port }, text });
  },
};
