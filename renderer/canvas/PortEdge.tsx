// An edge drawn with rounded right angles, labelled with its port (yes / no,
// event / timeout, split keys) when the node has more than one.
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import type { JourneyFlowEdge } from './journey-to-flow';

function PortEdgeView(props: EdgeProps<JourneyFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 12,
    offset: 16,
  });
  const port = props.data?.edge.port;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={props.markerEnd}
        className={props.selected ? 'jn-edge is-selected' : 'jn-edge'}
      />
      {port !== undefined && (
        <EdgeLabelRenderer>
          <div
            className={`jn-edge-label port-${port}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {port}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const PortEdge = memo(PortEdgeView);
