// A journey as canvas nodes and edges, laid out: the journey's own layout
// where it has one, ELK for the nodes it leaves out.
import { useEffect, useState } from 'react';
import type { Journey } from '../../src/model';
import { autoLayout } from './auto-layout';
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

export function useJourneyFlow(journey: Journey): LaidOut {
  const [state, setState] = useState<{ journey: Journey; value: LaidOut }>(() => ({
    journey,
    value: { status: 'laying-out' },
  }));

  useEffect(() => {
    let live = true;
    const missing = missingPositions(journey);
    // A fully placed journey keeps its direction; one laid out here flows top to bottom.
    const direction = missing.length === 0 ? inferDirection(journey) : 'TB';
    const finish = (positions = {}) => {
      const { nodes, edges } = journeyToFlow(journey, { positions, direction });
      if (live) setState({ journey, value: { status: 'ready', nodes, edges } });
    };
    if (missing.length === 0) finish();
    else
      autoLayout(journey, direction).then(finish, (err: unknown) => {
        if (live)
          setState({
            journey,
            value: {
              status: 'error',
              message: `The automatic layout failed: ${err instanceof Error ? err.message : String(err)}`,
            },
          });
      });
    return () => {
      live = false;
    };
  }, [journey]);

  return state.journey === journey ? state.value : { status: 'laying-out' };
}
