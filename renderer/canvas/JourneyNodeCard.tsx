// The card of one journey node on the canvas: the kind's icon and colour, the
// sentence of what it does, and one labelled handle per output port.
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import { describeNode, lookOf } from '../nodes/registry';
import { inputHandle, type JourneyFlowNode } from './journey-to-flow';

function JourneyNodeCardView({ data, selected }: NodeProps<JourneyFlowNode>) {
  const { node, ports, direction } = data;
  const look = lookOf(node.type);
  const Icon = look.icon;
  const sentence = describeNode(node);
  const vertical = direction === 'TB';
  const labelled = ports.length > 1;
  const style: CSSProperties & { '--kind': string } = { '--kind': look.accent };
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
      {labelled ? (
        <PortRow ports={ports} vertical={vertical} />
      ) : (
        ports.map((port) => (
          <Handle
            key={port}
            type="source"
            id={port}
            position={vertical ? Position.Bottom : Position.Right}
            isConnectable={false}
          />
        ))
      )}
    </div>
  );
}

/**
 * Labelled output handles. Top to bottom: spread along the bottom edge, each
 * label above its handle. Left to right: one row per port under the sentence,
 * the label at the right edge beside its handle.
 */
function PortRow({ ports, vertical }: { ports: string[]; vertical: boolean }) {
  if (vertical) {
    return (
      <div className="jn-ports">
        {ports.map((port, i) => {
          const left = `${((i + 1) / (ports.length + 1)) * 100}%`;
          return (
            <span key={port} className="jn-port-slot" style={{ left }}>
              <span className={`jn-port port-${port}`}>{port}</span>
              <Handle
                type="source"
                id={port}
                position={Position.Bottom}
                isConnectable={false}
                className={`port-${port}`}
              />
            </span>
          );
        })}
      </div>
    );
  }
  return (
    <div className="jn-port-rows">
      {ports.map((port) => (
        <div key={port} className="jn-port-row">
          <span className={`jn-port port-${port}`}>{port}</span>
          <Handle
            type="source"
            id={port}
            position={Position.Right}
            isConnectable={false}
            className={`port-${port}`}
          />
        </div>
      ))}
    </div>
  );
}

export const JourneyNodeCard = memo(JourneyNodeCardView);
