// Which connections the format allows (spec/FORMAT.md, "Edges and ports"),
// as a sentence saying why one is refused.
import type { Journey } from '../../src/model';
import { portsOfNode } from '../nodes/registry';

export type ConnectionAttempt = { from: string; port: string; to: string };

/** Null when the edge may be added; else what is wrong, in words. */
export function connectionProblem(journey: Journey, c: ConnectionAttempt): string | null {
  const source = journey.nodes.find((n) => n.id === c.from);
  const target = journey.nodes.find((n) => n.id === c.to);
  if (!source || !target) return 'Both ends must be nodes of this journey.';
  if (c.from === c.to) return 'A node cannot lead to itself.';
  if (source.type === 'exit') return 'An exit ends the run: nothing can follow it.';
  if (target.type === 'trigger') return 'The trigger starts the journey: no edge can lead into it.';
  if (!portsOfNode(source).includes(c.port)) return `${c.from} has no output “${c.port}”.`;
  const taken = journey.edges.find((e) => e.from === c.from && (e.port ?? 'out') === c.port);
  if (taken) {
    const label = c.port === 'out' ? 'Its output' : `Its “${c.port}” output`;
    return `${label} already leads to ${taken.to}. Delete that edge first.`;
  }
  return null;
}
