// An edge drawn with rounded right angles. Its port (yes / no, event /
// timeout, split keys) is named once, by the chip on the card's handle it
// leaves; the edge carries a label only when it adds something (the
// simulator's count of who went that way).
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
  const decoration = props.data?.decoration;
  const classes = `jn-edge${props.selected ? ' is-selected' : ''}${decoration?.highlighted ? ' is-highlighted' : ''}`;
  // The count rides just after the source handle: on the path whatever the
  // route, and branches leaving one node never share that stretch, so counts
  // never pile up where routes merge.
  const countAt = vertical
    ? `translate(-50%, 0) translate(${sourceX}px, ${sourceY + 10}px)`
    : `translate(0, -50%) translate(${sourceX + 10}px, ${sourceY}px)`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={props.markerEnd} className={classes} />
      {decoration?.count !== undefined && (
        <EdgeLabelRenderer>
          <div className="jn-edge-count" style={{ transform: countAt }}>
            {decoration.count}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const PortEdge = memo(PortEdgeView);
