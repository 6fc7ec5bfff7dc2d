// The editor's frame: the top bar (name, status, save state, tools), the
// palette, the canvas, and the inspector or the history beside it, with the
// problems panel over the canvas's foot.
import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NodeType } from '../../src/model';
import { autoLayout } from '../canvas/auto-layout';
import { EditorCanvas } from '../canvas/EditorCanvas';
import { initialViewport } from '../canvas/initial-viewport';
import type { Direction } from '../canvas/journey-to-flow';
import { Palette } from '../canvas/Palette';
import { DropImport } from '../components/DropImport';
import { FlowIcon } from '../components/icons';
import { Toasts } from '../components/Toasts';
import { TopBar } from '../components/TopBar';
import { useEditor, useEditorStore } from '../editor/context';
import { useShortcuts } from '../editor/use-shortcuts';
import { plural } from '../format/words';
import { useResolvedTheme } from '../stores/theme-store';
import { showToast } from '../stores/toast-store';
import { EditorInspector } from './EditorInspector';
import {
  askAboutConflict,
  CanvasTools,
  EditorToolbar,
  SaveIndicator,
  StatusSelect,
} from './EditorToolbar';
import { ProblemsPanel } from './ProblemsPanel';
import { RenameButton } from './RenameButton';
import { RevisionsPanel } from './RevisionsPanel';
import { ShortcutSheet } from './ShortcutSheet';

export function JourneyEditor({ initialDirection }: { initialDirection: Direction }) {
  const store = useEditorStore();
  const name = useEditor((s) => s.journey.name);
  const nodeCount = useEditor((s) => s.journey.nodes.length);
  const hasTrigger = useEditor((s) => s.journey.nodes.some((n) => n.type === 'trigger'));
  const theme = useResolvedTheme();
  const flow = useReactFlow();
  const [direction, setDirection] = useState(initialDirection);
  const [snap, setSnap] = useState(true);
  const [panel, setPanel] = useState<'problems' | 'history' | null>(null);
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  useShortcuts(store, toggleHelp);
  useHintToasts();
  useConflictToast();
  useOpeningView(initialDirection);

  // Fit after arranging only once the canvas has the new positions: a fit
  // in the next frame can still see the old ones on a busy machine.
  const layout = useEditor((s) => s.journey.layout);
  const fitAfterArrange = useRef(false);
  useEffect(() => {
    if (!fitAfterArrange.current || layout === undefined) return;
    fitAfterArrange.current = false;
    requestAnimationFrame(() => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 }));
  }, [layout, flow]);

  const onLayout = useCallback(
    (next: Direction) => {
      const { journey } = store.getState();
      autoLayout({ ...journey, layout: undefined }, next).then(
        ({ positions }) => {
          setDirection(next);
          fitAfterArrange.current = true;
          store
            .getState()
            .move(positions, `Arranged ${next === 'TB' ? 'top to bottom' : 'left to right'}`);
        },
        () => showToast({ tone: 'error', text: 'The automatic layout failed.' }),
      );
    },
    [store],
  );
  const onAdd = useCallback(
    (type: NodeType) => {
      const box = document.querySelector('.editor-canvas')?.getBoundingClientRect();
      const at = box
        ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 };
      // Clicks in a row fan out down and to the right instead of stacking.
      const step = (store.getState().journey.nodes.length % 6) * 40;
      const id = store.getState().addNode(type, {
        x: Math.round(at.x / 20) * 20 - 100 + step,
        y: Math.round(at.y / 20) * 20 + step,
      });
      if (id) store.getState().select([id]);
    },
    [store, flow],
  );

  return (
    <div className="view journey-editor">
      <TopBar
        icon={<FlowIcon size={16} />}
        kind="Journeys"
        title={name}
        status={
          <>
            <RenameButton />
            <StatusSelect />
          </>
        }
        meta={
          <>
            {plural(nodeCount, 'node')} · <SaveIndicator />
          </>
        }
        actions={<EditorToolbar panel={panel} onPanel={setPanel} onHelp={toggleHelp} />}
      />
      <div className="view-body editor-body">
        <Palette onAdd={onAdd} hasTrigger={hasTrigger} />
        <div className="editor-stage">
          <EditorCanvas colorMode={theme} direction={direction} snap={snap} />
          <CanvasTools
            onLayout={onLayout}
            snap={snap}
            onSnap={setSnap}
            problemsOpen={panel === 'problems'}
            onProblems={() => setPanel(panel === 'problems' ? null : 'problems')}
          />
          {panel === 'problems' && <ProblemsPanel onClose={() => setPanel(null)} />}
        </div>
        {panel === 'history' ? (
          <RevisionsPanel onClose={() => setPanel(null)} colorMode={theme} />
        ) : (
          <EditorInspector />
        )}
      </div>
      {help && <ShortcutSheet onClose={toggleHelp} />}
      <Toasts />
      <DropImport />
    </div>
  );
}

/** A revision stored elsewhere that our save would overwrite: ask whose to keep. */
function useConflictToast() {
  const store = useEditorStore();
  const conflict = useEditor((s) => s.conflict);
  useEffect(() => {
    if (conflict) askAboutConflict(store);
  }, [conflict, store]);
}

/** A refused connection shows its reason as a toast. */
function useHintToasts() {
  const hint = useEditor((s) => s.hint);
  useEffect(() => {
    if (hint) showToast({ tone: 'warning', text: hint.text }, 4000);
  }, [hint]);
}

/** Once the cards have their sizes: the whole journey, or its start at a readable zoom. */
function useOpeningView(direction: Direction) {
  const flow = useReactFlow();
  const ready = useNodesInitialized();
  const done = useRef(false);
  useEffect(() => {
    const el = document.querySelector('.editor-canvas');
    if (done.current || !el || (!ready && flow.getNodes().length > 0)) return;
    done.current = true;
    const nodes = flow.getNodes();
    if (nodes.length === 0) return;
    const target = initialViewport(
      flow.getNodesBounds(nodes),
      { width: el.clientWidth, height: el.clientHeight },
      direction,
    );
    if (target === 'fit') void flow.fitView({ padding: 0.15, maxZoom: 1 });
    else void flow.setViewport(target);
  }, [ready, flow, direction]);
}
