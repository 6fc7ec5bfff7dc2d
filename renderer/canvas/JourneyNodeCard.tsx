// The card of one journey node on the canvas: the kind's icon and colour, the
// sentence of what it does, and one labelled handle per output port.
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import { describeNode, lookOf } from '../nodes/registry';
import { inputHandle, type JourneyFlowNode } from './journey-to-flow';

/** Handle positions along the card's edge: evenly along the bottom (top to
 * bottom), or down the lower part of the right side, under the header (left
 * to right). */
function spread(index: number, count: number, vertical: boolean): string {
  if (vertical) return `${((index + 1) / (count + 1)) * 100}%`;
  return `${34 + ((index + 0.5) / count) * 60}%`;
}

function JourneyNodeCardView({ data, selected }: NodeProps<JourneyFlowNode>) {
  const { node, ports, direction } = data;
  const look = lookOf(node.type);
  const Icon = look.icon;
  const sentence = describeNode(node);
  const vertical = direction === 'TB';
  const labelled = ports.length > 1;
  const style = { '--kind': look.accent } as CSSProperties;
  return (
    <div
      className={`jn-card jn-${direction}${selected ? ' is-selected' : ''}${labelled ? ' has-ports' : ''}`}
      style={style}
      data-kind={node.type}
      data-testid={`node-card-${node.id}`}
      title={sentence}
    >
      {look.hasInput && (
        <Handle
          type="target"
          id={inputHandle}
          position={vertical ? Position.Top : Position.Left}
          isConnectable={false}
        />
      )}
      <div className="jn-head">
        <span className="jn-icon">
          <Icon size={13} />
        </span>
        <span className="jn-kind">{look.label}</span>
        <span className="jn-id">{node.id}</span>
      </div>
      <div className="jn-sentence">{sentence}</div>
      {labelled && (
        <div className="jn-ports">
          {ports.map((port, i) => (
            <span
              key={port}
              className={`jn-port port-${port}`}
              style={
                vertical
                  ? { left: spread(i, ports.length, true) }
                  : { top: spread(i, ports.length, false) }
              }
            >
              {port}
            </span>
          ))}
        </div>
      )}
      {ports.map((port, i) => (
        <Handle
          key={port}
          type="source"
          id={port}
          position={vertical ? Position.Bottom : Position.Right}
          isConnectable={false}
          className={`port-${port}`}
          style={
            vertical
              ? { left: spread(i, ports.length, true) }
              : { top: spread(i, ports.length, false) }
          }
        />
      ))}
    </div>
  );
}

export const JourneyNodeCard = memo(JourneyNodeCardView);
