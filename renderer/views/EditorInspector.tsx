// The editor's right-hand panel: the selected node's form (from the
// inspector's registry of forms), or the journey's settings form. Each change
// a form reports is one undoable edit.
import { useCallback, useMemo } from 'react';
import type { JourneyNode, JourneySettings, Problem } from '../../src/model';
import { useEditor, useEditorStore } from '../editor/context';
import type { EditorContext } from '../editor/types';
import { JourneySettingsForm, NodeFormFor } from '../inspector';
import { describeNode, lookOf } from '../nodes/registry';
import { useWorkspace } from '../stores/workspace-store';

const none: { id: string; name: string }[] = [];
const noProblems: Problem[] = [];

export function EditorInspector() {
  const store = useEditorStore();
  const journey = useEditor((s) => s.journey);
  const selectedId = useEditor((s) => (s.selected.length === 1 ? s.selected[0] : undefined));
  const selectedCount = useEditor((s) => s.selected.length);
  const problems = useEditor((s) => s.problems);
  const summary = useWorkspace((s) => s.summary);
  const templates = summary.status === 'ready' ? summary.data.templates : none;
  const segments = summary.status === 'ready' ? summary.data.segments : none;
  const node = selectedId ? journey.nodes.find((n) => n.id === selectedId) : undefined;

  const context = useMemo<EditorContext>(
    () => ({
      journey,
      templates,
      segments,
      problems: node
        ? problems.filter((p) => p.node === node.id)
        : problems.length > 0
          ? problems.filter((p) => p.node === undefined)
          : noProblems,
    }),
    [journey, templates, segments, problems, node],
  );
  const onNodeChange = useCallback(
    (next: JourneyNode) => store.getState().updateNode(next),
    [store],
  );
  const onSettingsChange = useCallback(
    (settings: JourneySettings) => store.getState().updateSettings(settings),
    [store],
  );

  return (
    <aside className="inspector editor-inspector" aria-label="Inspector">
      {node ? (
        <>
          <NodeHead node={node} />
          <NodeFormFor node={node} onChange={onNodeChange} context={context} />
        </>
      ) : selectedCount > 1 ? (
        <div className="inspector-head">
          <span className="inspector-eyebrow">Selection</span>
          <h2 className="inspector-title">{selectedCount} nodes</h2>
          <p className="inspector-sentence">
            Drag to move them together; Ctrl/⌘ C to copy, Ctrl/⌘ D to duplicate, Delete to remove.
          </p>
        </div>
      ) : (
        <>
          <div className="inspector-head">
            <span className="inspector-eyebrow">Journey settings</span>
            <h2 className="inspector-title">{journey.name}</h2>
            <p className="inspector-sentence">
              Select a node to edit it, or drag one in from the palette.
            </p>
          </div>
          <JourneySettingsForm
            settings={journey.settings}
            onChange={onSettingsChange}
            context={context}
          />
        </>
      )}
    </aside>
  );
}

function NodeHead({ node }: { node: JourneyNode }) {
  const look = lookOf(node.type);
  const Icon = look.icon;
  return (
    <div className="inspector-head">
      <span className="inspector-eyebrow inspector-kind" style={{ color: look.accent }}>
        <Icon size={14} /> {look.label}
      </span>
      <h2 className="inspector-title mono">{node.id}</h2>
      <p className="inspector-sentence">{describeNode(node)}</p>
    </div>
  );
}
