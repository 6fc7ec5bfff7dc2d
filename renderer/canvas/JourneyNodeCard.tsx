// The card of one journey node on the canvas: the kind's icon and colour, the
// sentence of what it does, and one labelled handle per output port.
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import { describeNode, lookOf } from '../nodes/registry';
import type { NodeDecoration } from './decorations';
import { inputHandle, type JourneyFlowNode, type NodeProblems } from './journey-to-flow';

function JourneyNodeCardView({ data, selected }: NodeProps<JourneyFlowNode>) {
  const { node, ports, direction, decoration, problems } = data;
  const connectable = data.editable === true;
  const look = lookOf(node.type);
  const Icon = look.icon;
  const sentence = describeNode(node);
  const vertical = direction === 'TB';
  const labelled = ports.length > 1;
  const style: CSSProperties & { '--kind': string } = { '--kind': look.accent };
  return (
    <div
      className={`jn-card jn-${direction}${selected ? ' is-selected' : ''}${labelled ? ' has-ports' : ''}${decoration?.highlighted ? ' is-highlighted' : ''}${decoration?.muted ? ' is-muted' : ''}${problems ? (problems.errors > 0 ? ' has-errors' : ' has-warnings') : ''}`}
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
          isConnectable={connectable}
        />
      )}
      {problems && <ProblemBadge problems={problems} />}
      {decoration && <DecorationBadges decoration={decoration} />}
      <div className="jn-head">
        <span className="jn-icon">
          <Icon size={13} />
        </span>
        <span className="jn-kind">{look.label}</span>
        <span className="jn-id">{node.id}</span>
      </div>
      <div className="jn-sentence">{sentence}</div>
      {labelled ? (
        <PortRow ports={ports} vertical={vertical} connectable={connectable} />
      ) : (
        ports.map((port) => (
          <Handle
            key={port}
            type="source"
            id={port}
            position={vertical ? Position.Bottom : Position.Right}
            isConnectable={connectable}
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
function PortRow({
  ports,
  vertical,
  connectable,
}: {
  ports: string[];
  vertical: boolean;
  connectable: boolean;
}) {
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
                isConnectable={connectable}
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
            isConnectable={connectable}
            className={`port-${port}`}
          />
        </div>
      ))}
    </div>
  );
}

function ProblemBadge({ problems }: { problems: NodeProblems }) {
  const count = problems.errors + problems.warnings;
  const kind = problems.errors > 0 ? 'error' : 'warning';
  return (
    <span
      className={`jn-problems is-${kind}`}
      title={count > 1 ? `${problems.first} (and ${count - 1} more)` : problems.first}
      data-testid="node-problems"
    >
      {count}
    </span>
  );
}

function DecorationBadges({ decoration }: { decoration: NodeDecoration }) {
  const personas = decoration.personas ?? [];
  return (
    <>
      {decoration.count !== undefined && (
        <span className="jn-count" data-testid="node-count">
          {decoration.count}
        </span>
      )}
      {personas.length > 0 && (
        <span className="jn-avatars">
          {personas.slice(0, 4).map((p) => (
            <span key={p.id} className="jn-avatar" title={p.label}>
              {p.label.slice(0, 1).toUpperCase()}
            </span>
          ))}
          {personas.length > 4 && <span className="jn-avatar more">+{personas.length - 4}</span>}
        </span>
      )}
      {decoration.share !== undefined && (
        <span className="jn-share" aria-hidden="true">
          <span
            style={{ width: `${Math.round(Math.min(1, Math.max(0, decoration.share)) * 100)}%` }}
          />
        </span>
      )}
    </>
  );
}

export const JourneyNodeCard = memo(JourneyNodeCardView);
