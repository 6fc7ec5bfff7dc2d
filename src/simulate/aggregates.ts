// The counts the app draws over the canvas after a run: per node how many
// reached it and what share of those who entered, exits by reason,
// conversions and their rate, and a funnel of the journey's emails in path
// order. All read from the simulation output, never recomputed by the engine.
import type { EndReason } from '../engine/state.ts';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { Journey } from '../model/journey.ts';
import type { SimulationOutput } from './output.ts';

export type NodeCount = { node: string; type: string; reached: number; share: number };

export type FunnelStep = {
  node: string;
  template: string;
  /** The subject line as written in the journey (Liquid unrendered). */
  subject: string;
  reached: number;
  sent: number;
  share: number;
};

export type JourneyAggregate = {
  journey: string;
  name: string;
  entered: number;
  conversions: number;
  /** conversions / entered, 0 when nobody entered. */
  conversionRate: number;
  nodes: NodeCount[];
  exits: Record<EndReason, number>;
  funnel: FunnelStep[];
};

export type Aggregates = {
  journeys: JourneyAggregate[];
  /**
   * Whose runs `exits` and `funnel[].sent` count: every persona, or (in a
   * summary run, where cohort members are left out of the output) only the
   * ones listed. Reached counts and conversions always cover everyone.
   */
  countedFrom: 'all-personas' | 'listed-personas';
};

export function aggregate(
  bundle: WorkspaceBundle,
  output: SimulationOutput,
  /** False when cohort members were left out of the output (a summary run with cohorts). */
  everyoneListed: boolean,
): Aggregates {
  const exits = new Map<string, Record<EndReason, number>>();
  const sent = new Map<string, number>();
  for (const p of output.personas) {
    for (const r of p.runs) {
      let counts = exits.get(r.journey);
      if (!counts) {
        counts = emptyExits();
        exits.set(r.journey, counts);
      }
      counts[r.reason]++;
    }
    for (const e of p.emails) {
      const key = `${e.journey}\u0000${e.node}`;
      sent.set(key, (sent.get(key) ?? 0) + 1);
    }
  }
  const journeys = [...bundle.journeys]
    .filter((j) => output.journeys[j.id] !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((j): JourneyAggregate => {
      const counts = output.journeys[j.id] ?? { entered: 0, conversions: 0, nodes: {} };
      const share = (n: number) => (counts.entered > 0 ? n / counts.entered : 0);
      const reachedOf = (id: string) => counts.nodes[id]?.reached ?? 0;
      return {
        journey: j.id,
        name: j.name,
        entered: counts.entered,
        conversions: counts.conversions,
        conversionRate: share(counts.conversions),
        nodes: j.nodes.map((n) => ({
          node: n.id,
          type: n.type,
          reached: reachedOf(n.id),
          share: share(reachedOf(n.id)),
        })),
        exits: exits.get(j.id) ?? emptyExits(),
        funnel: pathOrder(j).flatMap((n) =>
          n.type === 'email'
            ? [
                {
                  node: n.id,
                  template: n.template,
                  subject: n.subject,
                  reached: reachedOf(n.id),
                  sent: sent.get(`${j.id}\u0000${n.id}`) ?? 0,
                  share: share(reachedOf(n.id)),
                },
              ]
            : [],
        ),
      };
    });
  return {
    journeys,
    countedFrom: everyoneListed ? 'all-personas' : 'listed-personas',
  };
}

function emptyExits(): Record<EndReason, number> {
  return { completed: 0, goal: 0, 'exit-condition': 0, unsubscribed: 0, horizon: 0 };
}

/** Nodes breadth-first from the trigger, ports in edge order; unreachable ones last. */
export function pathOrder(journey: Journey): Journey['nodes'] {
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const next = new Map<string, string[]>();
  for (const e of journey.edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const trigger = journey.nodes.find((n) => n.type === 'trigger');
  const seen = new Set<string>();
  const order: Journey['nodes'] = [];
  const queue = trigger ? [trigger.id] : [];
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const node = byId.get(id);
    if (node) order.push(node);
    queue.push(...(next.get(id) ?? []));
  }
  for (const n of journey.nodes) if (!seen.has(n.id)) order.push(n);
  return order;
}
