// The right-hand panel of the journey view: the journey's settings, or the
// selected node (what it does, its fields, where each output leads). The
// editor (issue 5) replaces the read-only fields with forms.
import type { Journey, JourneyNode } from '../../src/model';
import { TemplateIcon } from '../components/icons';
import { describeCondition } from '../format/condition';
import { durationWords } from '../format/duration';
import { describeSettings } from '../format/settings';
import { formatValue } from '../format/words';
import { describeNode, lookOf, portsOfNode } from '../nodes/registry';
import { navigate } from '../stores/route';

type Props = { journey: Journey; selectedId: string | null };

export function JourneyInspector({ journey, selectedId }: Props) {
  const node = selectedId ? journey.nodes.find((n) => n.id === selectedId) : undefined;
  return (
    <aside className="inspector" aria-label="Inspector">
      {node ? <NodeDetails journey={journey} node={node} /> : <JourneyDetails journey={journey} />}
    </aside>
  );
}

function JourneyDetails({ journey }: { journey: Journey }) {
  const trigger = journey.nodes.find((n) => n.type === 'trigger');
  const emails = journey.nodes.filter((n) => n.type === 'email').length;
  return (
    <>
      <div className="inspector-head">
        <span className="inspector-eyebrow">Journey</span>
        <h2 className="inspector-title">{journey.name}</h2>
        {trigger && <p className="inspector-sentence">{describeNode(trigger)}</p>}
      </div>
      <div className="inspector-stats">
        <Stat label="Nodes" value={journey.nodes.length} />
        <Stat label="Emails" value={emails} />
        <Stat label="Edges" value={journey.edges.length} />
      </div>
      <section className="inspector-section">
        <h3>Settings</h3>
        <dl className="fields">
          {describeSettings(journey).map((line) => (
            <Field key={line.label} label={line.label} value={line.value} />
          ))}
        </dl>
      </section>
      <p className="inspector-hint">Select a node on the canvas to see what it does.</p>
    </>
  );
}

function NodeDetails({ journey, node }: { journey: Journey; node: JourneyNode }) {
  const look = lookOf(node.type);
  const Icon = look.icon;
  const fields = Object.entries(node).filter(([key]) => key !== 'id' && key !== 'type');
  return (
    <>
      <div className="inspector-head">
        <span className="inspector-eyebrow inspector-kind" style={{ color: look.accent }}>
          <Icon size={14} /> {look.label}
        </span>
        <h2 className="inspector-title mono">{node.id}</h2>
        <p className="inspector-sentence">{describeNode(node)}</p>
      </div>
      {fields.length > 0 && (
        <section className="inspector-section">
          <h3>Fields</h3>
          <dl className="fields">
            {fields.map(([key, value]) => (
              <Field
                key={key}
                label={key}
                value={
                  key === 'if' && node.type === 'condition'
                    ? describeCondition(node.if)
                    : fieldText(value)
                }
              />
            ))}
          </dl>
        </section>
      )}
      <section className="inspector-section">
        <h3>Outputs</h3>
        <Outputs journey={journey} node={node} />
      </section>
      {node.type === 'email' && (
        <button
          type="button"
          className="btn"
          onClick={() => navigate({ kind: 'template', id: node.template })}
        >
          <TemplateIcon size={14} /> Open template {node.template}
        </button>
      )}
    </>
  );
}

function Outputs({ journey, node }: { journey: Journey; node: JourneyNode }) {
  const ports = portsOfNode(node);
  if (ports.length === 0) return <p className="muted">None: the run ends here.</p>;
  return (
    <ul className="outputs">
      {ports.map((port) => {
        const edge = journey.edges.find((e) => e.from === node.id && (e.port ?? 'out') === port);
        const target = edge ? journey.nodes.find((n) => n.id === edge.to) : undefined;
        return (
          <li key={port}>
            <span className={`jn-port-chip port-${port}`}>{port}</span>
            <span>
              {target ? describeNode(target) : <span className="muted">Ends the run</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A stored field as words: durations spelled out, objects as "key: value" pairs. */
function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(fieldText).join(', ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${fieldText(v)}`)
      .join(', ');
  }
  if (typeof value === 'string') {
    const d = durationWords(value);
    if (d) return `${d.negative ? '−' : ''}${d.words} (${value})`;
  }
  return formatValue(value, 'and');
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="stat">
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}
