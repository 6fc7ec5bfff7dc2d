// The journey's problems from the validator, errors first; a click selects
// the node and brings it to the middle of the canvas.
import { useReactFlow } from '@xyflow/react';
import type { Problem } from '../../src/model';
import { AlertIcon } from '../components/icons';
import { useEditor, useEditorStore } from '../editor/context';

export function ProblemsPanel({ onClose }: { onClose: () => void }) {
  const problems = useEditor((s) => s.problems);
  const store = useEditorStore();
  const flow = useReactFlow();
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const goTo = (p: Problem) => {
    if (p.node === undefined) return;
    store.getState().select([p.node]);
    const n = flow.getNode(p.node);
    if (!n) return;
    const w = n.measured?.width ?? 212;
    const h = n.measured?.height ?? 80;
    void flow.setCenter(n.position.x + w / 2, n.position.y + h / 2, {
      zoom: Math.max(flow.getZoom(), 0.9),
      duration: 300,
    });
  };
  return (
    <section
      className="editor-panel problems-panel"
      aria-label="Problems"
      data-testid="problems-panel"
    >
      <header className="editor-panel-head">
        <h2>
          Problems <span className="muted">{problems.length}</span>
        </h2>
        <button
          type="button"
          className="btn btn-ghost"
          onClick={onClose}
          aria-label="Close problems"
        >
          ×
        </button>
      </header>
      {sorted.length === 0 ? (
        <p className="muted editor-panel-empty">No problems: this journey is ready to simulate.</p>
      ) : (
        <ul className="problem-list">
          {sorted.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <button
                type="button"
                className={`problem-row is-${p.severity}`}
                onClick={() => goTo(p)}
                disabled={p.node === undefined}
              >
                <AlertIcon size={14} />
                <span className="problem-where mono">{p.node ?? p.path}</span>
                <span className="problem-message">{p.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
