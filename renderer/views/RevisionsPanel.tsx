// The journey's revision history: every save with its time and summary.
// Preview one on a read-only canvas; restore it (as a new, undoable edit).
import type { ColorMode } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../src/api/client';
import { useApi } from '../api/context';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { useEditor, useEditorStore } from '../editor/context';
import { formatRelative } from '../format/time';

type Revisions = OutputOf<'journeys.revisions'>['revisions'];
type Preview = OutputOf<'journeys.revision'>;

export function RevisionsPanel({
  onClose,
  colorMode,
}: {
  onClose: () => void;
  colorMode: ColorMode;
}) {
  const api = useApi();
  const store = useEditorStore();
  const id = useEditor((s) => s.journey.id);
  const current = useEditor((s) => s.save.revision);
  const [revisions, setRevisions] = useState<Revisions | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new saved revision lists again
  useEffect(() => {
    let live = true;
    api.invoke('journeys.revisions', { id }).then(
      (r) => live && setRevisions(r.revisions),
      () => live && setRevisions([]),
    );
    return () => {
      live = false;
    };
  }, [api, id, current]);

  const open = (revision: number) =>
    void api.invoke('journeys.revision', { id, revision }).then(setPreview, () => {});
  const restore = (p: Preview) => {
    store.getState().replace(p.journey, `Restored revision ${p.revision}`);
    setPreview(null);
  };

  return (
    <aside
      className="inspector revisions-panel"
      aria-label="Revision history"
      data-testid="revisions-panel"
    >
      <header className="editor-panel-head">
        <h2>History</h2>
        <button
          type="button"
          className="btn btn-ghost"
          onClick={onClose}
          aria-label="Close history"
        >
          ×
        </button>
      </header>
      {revisions === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ol className="revision-list">
          {revisions.map((r) => (
            <li key={r.revision}>
              <button
                type="button"
                className={`revision-row${r.revision === current ? ' is-current' : ''}`}
                onClick={() => open(r.revision)}
                data-testid={`revision-${r.revision}`}
              >
                <span className="revision-number">#{r.revision}</span>
                <span className="revision-summary">{r.summary || 'Saved'}</span>
                <span className="revision-time" title={r.createdAt}>
                  {formatRelative(r.createdAt)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {preview && (
        <div className="revision-preview" role="dialog" aria-label={`Revision ${preview.revision}`}>
          <div className="revision-preview-box">
            <header className="editor-panel-head">
              <h2>
                Revision {preview.revision} <span className="muted">{preview.summary}</span>
              </h2>
              <div className="revision-actions">
                <button type="button" className="btn" onClick={() => setPreview(null)}>
                  Close
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => restore(preview)}
                  disabled={preview.revision === current}
                  data-testid="restore-revision"
                >
                  Restore this revision
                </button>
              </div>
            </header>
            <div className="revision-preview-canvas">
              <JourneyCanvas journey={preview.journey} colorMode={colorMode} />
            </div>
          </div>
        </div>
      )}
    </aside>
  );
}
