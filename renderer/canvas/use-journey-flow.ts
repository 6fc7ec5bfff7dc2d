// A journey as canvas nodes and edges, laid out: the journey's own layout
// where it has one, ELK for the nodes it leaves out.
import { useEffect, useState } from 'react';
import type { Journey } from '../../src/model';
import { type AutoLayout, autoLayout } from './auto-layout';
import {
  inferDirection,
  type JourneyFlowEdge,
  type JourneyFlowNode,
  journeyToFlow,
  missingPositions,
} from './journey-to-flow';

export type LaidOut =
  | { status: 'laying-out' }
  | { status: 'ready'; nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[] }
  | { status: 'error'; message: string };

/** `saved`: the journey's own layout (ELK for what it leaves out); `auto`: ELK for all, top to bottom. */
export type LayoutMode = 'saved' | 'auto';

export function useJourneyFlow(journey: Journey, mode: LayoutMode = 'saved'): LaidOut {
  const [state, setState] = useState<{ journey: Journey; mode: LayoutMode; value: LaidOut }>(
    () => ({ journey, mode, value: { status: 'laying-out' } }),
  );

  useEffect(() => {
    let live = true;
    // The canvas shows a journey without its layout; the stored journey keeps it.
    const shown = mode === 'auto' ? { ...journey, layout: undefined } : journey;
    const missing = missingPositions(shown);
    // A fully placed journey keeps its direction; one laid out here flows top to bottom.
    const direction = missing.length === 0 ? inferDirection(shown) : 'TB';
    const finish = (placed: AutoLayout = { positions: {}, routes: {} }) => {
      // Routes fit only when ELK placed every node; otherwise edges take step paths.
      const routes = missing.length === shown.nodes.length ? placed.routes : {};
      const { nodes, edges } = journeyToFlow(shown, {
        positions: placed.positions,
        routes,
        direction,
      });
      if (live) setState({ journey, mode, value: { status: 'ready', nodes, edges } });
    };
    if (missing.length === 0) finish();
    else
      autoLayout(shown, direction).then(finish, (err: unknown) => {
        if (live)
          setState({
            journey,
            mode,
            value: {
              status: 'error',
              message: `The automatic layout failed: ${err instanceof Error ? err.message : String(err)}`,
            },
          });
      });
    return () => {
      live = false;
    };
  }, [journey, mode]);

  return state.journey === journey && state.mode === mode ? state.value : { status: 'laying-out' };
}
