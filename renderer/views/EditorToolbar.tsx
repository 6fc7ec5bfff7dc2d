// The editor's tools: in the top bar history, export, the shortcut sheet,
// status and save state; over the canvas undo and redo, auto-layout, fit,
// snap and the problems panel.
import { useReactFlow } from '@xyflow/react';
import type { JourneyStatus } from '../../src/model';
import { useApi } from '../api/context';
import type { Direction } from '../canvas/journey-to-flow';
import { useEditor, useEditorStore, useHistory } from '../editor/context';
import { downloadText, jsonText } from '../editor/download';
import type { EditorStore } from '../editor/editor-store';
import { deleteJourney, duplicateJourney } from '../editor/journey-actions';
import { dismissToast, showToast } from '../stores/toast-store';

type Props = {
  panel: 'problems' | 'history' | null;
  onPanel: (panel: 'problems' | 'history' | null) => void;
  onHelp: () => void;
};

export function EditorToolbar({ panel, onPanel, onHelp }: Props) {
  const store = useEditorStore();
  const api = useApi();

  // Duplicate and delete act on the stored journey: the edits autosave has
  // not written yet are saved first.
  const afterSaving = (act: (id: string) => Promise<void>) => () =>
    void store
      .getState()
      .flush()
      .then(() => act(store.getState().journey.id));
  const exportJourney = () => {
    const { journey } = store.getState();
    downloadText(`${journey.id}.journey.json`, jsonText(journey));
  };
  const exportWorkspace = async () => {
    await api.invoke('workspace.export', {}).then(
      ({ files }) =>
        downloadText('workspace.waymark.json', jsonText({ format: 'waymark-bundle/v1', files })),
      (err: unknown) =>
        showToast({
          tone: 'error',
          text: `Export failed: ${err instanceof Error ? err.message : String(err)}`,
        }),
    );
  };

  return (
    <div className="editor-toolbar">
      <button
        type="button"
        className="btn btn-ghost"
        aria-pressed={panel === 'history'}
        onClick={() => onPanel(panel === 'history' ? null : 'history')}
        data-testid="history-toggle"
      >
        History
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={afterSaving((id) => duplicateJourney(api, id))}
        title="Copy this journey as a new draft and open it"
      >
        Duplicate
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={afterSaving((id) => deleteJourney(api, id))}
        title="Delete this journey (an Undo toast can bring it back)"
      >
        Delete
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={exportJourney}
        title="Download this journey as a .journey.json file"
        data-testid="export-journey"
      >
        Export
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => void exportWorkspace()}
        title="Download the whole workspace as one JSON bundle of the folder format's files"
      >
        Export all
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={onHelp}
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
    </div>
  );
}

type ToolsProps = {
  onLayout: (direction: Direction) => void;
  snap: boolean;
  onSnap: (on: boolean) => void;
  problemsOpen: boolean;
  onProblems: () => void;
};

/** The canvas's own tools, floating over its top edge. */
export function CanvasTools({ onLayout, snap, onSnap, problemsOpen, onProblems }: ToolsProps) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const canUndo = useHistory((t) => t.pastStates.length > 0);
  const canRedo = useHistory((t) => t.futureStates.length > 0);
  const errors = useEditor((s) => s.problems.filter((p) => p.severity === 'error').length);
  const warnings = useEditor((s) => s.problems.length) - errors;
  return (
    <div className="canvas-tools" role="toolbar" aria-label="Canvas tools">
      <button
        type="button"
        className="tool"
        onClick={() => store.getState().undo()}
        disabled={!canUndo}
        title="Undo (Ctrl/⌘ Z)"
        aria-label="Undo"
        data-testid="undo"
      >
        ↶
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => store.getState().redo()}
        disabled={!canRedo}
        title="Redo (Shift Ctrl/⌘ Z)"
        aria-label="Redo"
        data-testid="redo"
      >
        ↷
      </button>
      <span className="tool-sep" />
      <button
        type="button"
        className="tool"
        onClick={() => onLayout('TB')}
        title="Arrange top to bottom"
        data-testid="layout-tb"
      >
        ⇣ Arrange
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => onLayout('LR')}
        title="Arrange left to right"
        data-testid="layout-lr"
      >
        ⇢ Arrange
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 })}
        title="Fit the journey in view (F)"
      >
        Fit
      </button>
      <label className="tool tool-check" title="Snap nodes to a 20 px grid">
        <input type="checkbox" checked={snap} onChange={(e) => onSnap(e.target.checked)} /> Snap
      </label>
      <span className="tool-sep" />
      <button
        type="button"
        className={`tool problems-toggle${errors > 0 ? ' has-errors' : warnings > 0 ? ' has-warnings' : ''}`}
        aria-pressed={problemsOpen}
        onClick={onProblems}
        data-testid="problems-toggle"
      >
        {errors + warnings === 0
          ? '✓ No problems'
          : `${errors} ${errors === 1 ? 'error' : 'errors'} · ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`}
      </button>
    </div>
  );
}

export function SaveIndicator() {
  const store = useEditorStore();
  const save = useEditor((s) => s.save);
  if (save.state === 'conflict') {
    return (
      <button
        type="button"
        className="save-indicator is-conflict"
        data-testid="save-state"
        data-state={save.state}
        title="Changed elsewhere while your edits waited to be saved: choose which to keep"
        onClick={() => askAboutConflict(store)}
      >
        <span className="save-dot" aria-hidden="true" />
        Changed elsewhere · not saved
      </button>
    );
  }
  const text =
    save.state === 'saved'
      ? `Saved · revision ${save.revision}`
      : save.state === 'error'
        ? `Not saved: ${save.message ?? 'error'}`
        : 'Saving…';
  return (
    <span
      className={`save-indicator is-${save.state}`}
      data-testid="save-state"
      data-state={save.state}
      title={save.message}
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

let conflictToast: number | undefined;

/**
 * The choice a conflict asks for, as a toast that stays until answered (or
 * closed: the save indicator asks again).
 */
export function askAboutConflict(store: EditorStore): void {
  const conflict = store.getState().conflict;
  if (!conflict) return;
  if (conflictToast !== undefined) dismissToast(conflictToast);
  conflictToast = showToast(
    {
      tone: 'warning',
      text: `This journey was changed elsewhere (revision ${conflict.revision}) while your edits waited to be saved.`,
      action: { label: 'Reload theirs', run: () => store.getState().resolveConflict('theirs') },
      more: [{ label: 'Keep mine', run: () => store.getState().resolveConflict('mine') }],
    },
    10 * 60_000,
  );
}

const statuses: JourneyStatus[] = ['draft', 'live', 'paused'];

export function StatusSelect() {
  const store = useEditorStore();
  const status = useEditor((s) => s.journey.status);
  return (
    <select
      className={`status-select is-${status}`}
      value={status}
      aria-label="Status"
      data-testid="status-select"
      onChange={(e) => {
        const next = statuses.find((s) => s === e.target.value);
        const { journey, replace } = store.getState();
        if (next && next !== journey.status) replace({ ...journey, status: next }, `Set ${next}`);
      }}
    >
      {statuses.map((s) => (
        <option key={s} value={s}>
          {s[0]?.toUpperCase()}
          {s.slice(1)}
        </option>
      ))}
    </select>
  );
}
