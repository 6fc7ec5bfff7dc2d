// waitFor: waits for the profile to do an event (since reaching this node);
// leaves by `event` when it does, by `timeout` otherwise.
import { formatInstant, parseDuration, plusDuration } from '../time.ts';
import type { NodeStep } from '../types.ts';

export const waitForStep: NodeStep<'waitFor'> = {
  enter(e, state, _run, node) {
    const at = plusDuration(state.zone, e.now, parseDuration(node.timeout));
    if (!state.tracing) return { kind: 'wait', until: at, status: 'waitingFor' };
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
    const port = cause === 'event' ? 'event' : 'timeout';
    if (!state.tracing) return { kind: 'port', port };
    const text =
      cause === 'event'
        ? `did ${node.event}: took "event"`
        : `no ${node.event} before the timeout: took "timeout"`;
    return { kind: 'port', port, why: { reason: { code: 'port', port }, text } };
  },
};
