// An edge drawn with rounded right angles, labelled with its port (yes / no,
// event / timeout, split keys) when the node has more than one.
import {
  BaseEdge,
  EdgeLabelRenderer,
  type EdgeProps,
  getSmoothStepPath,
  Position,
} from '@xyflow/react';
import { memo } from 'react';
import type { JourneyFlowEdge } from './journey-to-flow';
import { roundedPath, routeThrough } from './rounded-path';

function PortEdgeView(props: EdgeProps<JourneyFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const vertical = sourcePosition === Position.Bottom;
  const route = props.data?.route;
  const path =
    route && route.length > 0
      ? roundedPath(
          routeThrough({ x: sourceX, y: sourceY }, route, { x: targetX, y: targetY }, vertical),
        )
      : getSmoothStepPath({
          sourceX,
          sourceY,
          targetX,
          targetY,
          sourcePosition,
          targetPosition,
          borderRadius: 12,
          offset: 16,
        })[0];
  const port = props.data?.edge.port;
  const decoration = props.data?.decoration;
  const classes = `jn-edge${props.selected ? ' is-selected' : ''}${decoration?.highlighted ? ' is-highlighted' : ''}`;
  // The label rides just after the source handle: branches leaving one node
  // never share that stretch, so labels never pile up where routes merge.
  const labelAt = vertical
    ? `translate(-50%, 0) translate(${sourceX}px, ${sourceY + 10}px)`
    : `translate(0, -50%) translate(${sourceX + 10}px, ${sourceY}px)`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={props.markerEnd} className={classes} />
      {decoration?.count !== undefined && (
        <EdgeLabelRenderer>
          <div
            className="jn-edge-count"
            style={{
              transform: `translate(-50%, -50%) translate(${(sourceX + targetX) / 2}px, ${(sourceY + targetY) / 2}px)`,
            }}
          >
            {decoration.count}
          </div>
        </EdgeLabelRenderer>
      )}
      {port !== undefined && (
        <EdgeLabelRenderer>
          <div className={`jn-edge-label port-${port}`} style={{ transform: labelAt }}>
            {port}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const PortEdge = memo(PortEdgeView);
