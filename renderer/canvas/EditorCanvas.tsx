// The journey editor's canvas: drag nodes from the palette, connect handles,
// select (click, shift-click, shift-drag a box), move, delete, and drop a
// connection on empty canvas to pick the next node. Every change goes through
// the editor store as one undoable edit; dragging is local until it ends.
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  BackgroundVariant,
  type ColorMode,
  type Connection,
  Controls,
  type EdgeChange,
  MarkerType,
  MiniMap,
  type NodeChange,
  type NodeHandle,
  type OnConnectEnd,
  type OnSelectionChangeFunc,
  Position,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NodeType } from '../../src/model';
import { connectionProblem } from '../editor/connections';
import { useEditor, useEditorStore } from '../editor/context';
import { portOf } from '../editor/edits';
import { cardWidth, estimateHeight } from './auto-layout';
import { buildEditorEdges, buildEditorNodes, createFlowCache, problemsByNode } from './editor-flow';
import { edgeTypes, nodeTypes } from './flow-types';
import {
  type Direction,
  inputHandle,
  type JourneyFlowEdge,
  type JourneyFlowNode,
} from './journey-to-flow';
import { paletteMime } from './palette-groups';
import { QuickAdd, type QuickAddAt } from './QuickAdd';

const defaultEdgeOptions = {
  markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: 'var(--edge)' },
};
const snapGrid: [number, number] = [20, 20];
const deleteKeys = ['Delete', 'Backspace'];
const multiKeys = ['Shift', 'Meta', 'Control'];

type Props = { colorMode: ColorMode; direction: Direction; snap: boolean };

export function EditorCanvas({ colorMode, direction, snap }: Props) {
  const store = useEditorStore();
  const journey = useEditor((s) => s.journey);
  const selected = useEditor((s) => s.selected);
  const problems = useEditor((s) => s.problems);
  const flow = useReactFlow<JourneyFlowNode, JourneyFlowEdge>();
  const [cache] = useState(createFlowCache);

  const built = useMemo(() => {
    const byNode = problemsByNode(problems);
    return {
      nodes: buildEditorNodes(cache, journey, direction, new Set(selected), byNode),
      edges: buildEditorEdges(cache, journey, direction),
    };
  }, [cache, journey, direction, selected, problems]);

  // The canvas's own copy: drags and selection move it frame by frame; the
  // store's journey replaces it whenever it changes.
  // Sizes React Flow measured, given back to every rebuilt node: a node
  // without one counts as not yet measured and is drawn even off screen,
  // which on a 1,000-node journey means drawing them all after each edit.
  const [sizes] = useState(() => new Map<string, { width: number; height: number }>());
  const [nodes, setNodes] = useState(() => withSizes(built.nodes, sizes));
  const [edges, setEdges] = useState(built.edges);
  useEffect(() => setNodes(withSizes(built.nodes, sizes)), [built.nodes, sizes]);
  useEffect(() => setEdges(built.edges), [built.edges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<JourneyFlowNode>[]) => {
      for (const c of changes) {
        if (c.type === 'dimensions' && c.dimensions) sizes.set(c.id, c.dimensions);
      }
      setNodes((ns) =>
        applyNodeChanges(
          changes.filter((c) => c.type !== 'remove'),
          ns,
        ),
      );
    },
    [sizes],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<JourneyFlowEdge>[]) =>
      setEdges((es) =>
        applyEdgeChanges(
          changes.filter((c) => c.type !== 'remove'),
          es,
        ),
      ),
    [],
  );
  const onNodeDragStop = useCallback(
    (_e: unknown, _node: JourneyFlowNode, dragged: JourneyFlowNode[]) => {
      const layout = store.getState().journey.layout;
      const moved: Record<string, { x: number; y: number }> = {};
      for (const n of dragged) {
        const was = layout?.[n.id];
        if (!was || was.x !== Math.round(n.position.x) || was.y !== Math.round(n.position.y))
          moved[n.id] = n.position;
      }
      store.getState().move(moved);
    },
    [store],
  );
  const onSelectionChange = useCallback<OnSelectionChangeFunc<JourneyFlowNode, JourneyFlowEdge>>(
    ({ nodes: picked }) => store.getState().select(picked.map((n) => n.id)),
    [store],
  );
  const onBeforeDelete = useCallback(
    async ({ nodes: gone, edges: cut }: { nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[] }) => {
      store.getState().remove(
        gone.map((n) => n.id),
        cut.flatMap((e) => (e.data ? [`${e.data.edge.from}:${portOf(e.data.edge)}`] : [])),
      );
      return false;
    },
    [store],
  );

  const isValidConnection = useCallback(
    (c: Connection | JourneyFlowEdge) =>
      connectionProblem(store.getState().journey, {
        from: c.source,
        port: c.sourceHandle ?? 'out',
        to: c.target,
      }) === null,
    [store],
  );
  const onConnect = useCallback(
    (c: Connection) =>
      store.getState().connect({ from: c.source, port: c.sourceHandle ?? 'out', to: c.target }),
    [store],
  );

  const [quickAdd, setQuickAdd] = useState<QuickAddAt | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode || !state.fromHandle) return;
      // Dragged from an input: connections start at outputs.
      if (state.fromHandle.type !== 'source') return;
      const from = { node: state.fromNode.id, port: state.fromHandle.id ?? 'out' };
      if (state.toNode) {
        // Dropped on a node (or a handle that refused it): connect to it or say why not.
        store.getState().connect({ from: from.node, port: from.port, to: state.toNode.id });
        return;
      }
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const box = wrapper.current?.getBoundingClientRect();
      if (!point || !box) return;
      const taken = store
        .getState()
        .journey.edges.find((e) => e.from === from.node && portOf(e) === from.port);
      if (taken) {
        store
          .getState()
          .refuse(`That output already leads to ${taken.to}. Delete that edge first.`);
        return;
      }
      setQuickAdd({
        screen: { x: point.clientX - box.left, y: point.clientY - box.top },
        flow: flow.screenToFlowPosition({ x: point.clientX, y: point.clientY }),
        from,
      });
    },
    [store, flow],
  );
  const pick = useCallback(
    (type: NodeType) => {
      if (!quickAdd) return;
      const id = store.getState().addNode(type, quickAdd.flow, quickAdd.from);
      if (id) store.getState().select([id]);
      setQuickAdd(null);
    },
    [store, quickAdd],
  );
  const closeQuickAdd = useCallback(() => setQuickAdd(null), []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(paletteMime)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const type = e.dataTransfer.getData(paletteMime);
      if (!isNodeType(type)) return;
      e.preventDefault();
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // The card's top-left under the pointer's left-of-centre, on the grid.
      const x = Math.round((at.x - 100) / snapGrid[0]) * snapGrid[0];
      const y = Math.round((at.y - 20) / snapGrid[1]) * snapGrid[1];
      const id = store.getState().addNode(type, { x, y });
      if (id) store.getState().select([id]);
    },
    [store, flow],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target of the palette's drag; the palette's buttons are the keyboard way
    <div
      className="canvas editor-canvas"
      data-testid="journey-canvas"
      ref={wrapper}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        onBeforeDelete={onBeforeDelete}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        deleteKeyCode={deleteKeys}
        multiSelectionKeyCode={multiKeys}
        selectionKeyCode="Shift"
        snapToGrid={snap}
        snapGrid={snapGrid}
        colorMode={colorMode}
        connectionRadius={28}
        minZoom={0.1}
        maxZoom={1.75}
        onlyRenderVisibleElements={nodes.length > 300}
        attributionPosition="top-right"
      >
        <Background
          variant={BackgroundVariant.Dots}
          gap={20}
          size={1.4}
          color="var(--canvas-dots)"
        />
        <Controls position="bottom-left" showInteractive={false} />
        <MiniMap
          position="bottom-right"
          pannable
          zoomable
          nodeBorderRadius={6}
          nodeClassName={(n) => `kind-${n.type ?? 'unknown'}`}
          ariaLabel="Overview of the journey"
        />
      </ReactFlow>
      {quickAdd && <QuickAdd at={quickAdd} onPick={pick} onClose={closeQuickAdd} />}
    </div>
  );
}

/**
 * The nodes with their sizes: measured when React Flow has measured them,
 * else estimated from the text. A node with a size counts as initialized, so
 * off-screen cards are not drawn just to be measured (the visible ones are
 * measured as they draw). Fills in the cache's own objects, which are reused.
 */
function withSizes(
  nodes: JourneyFlowNode[],
  sizes: Map<string, { width: number; height: number }>,
): JourneyFlowNode[] {
  for (const n of nodes) {
    const size = sizes.get(n.id);
    if (size) {
      if (n.measured?.width !== size.width || n.measured.height !== size.height) n.measured = size;
      // Drawn once: React Flow measured its handles; estimates would overwrite them.
      if (n.handles) delete n.handles;
    } else if (!n.measured) {
      const measured = {
        width: cardWidth,
        height: estimateHeight(n.data.node, n.data.direction),
      };
      n.measured = measured;
      // Estimated handles: React Flow then need not draw an off-screen card to find them.
      n.handles = estimatedHandles(n.data.ports, n.data.direction, measured);
    }
  }
  return nodes;
}

const handleSize = 10;

function estimatedHandles(
  ports: string[],
  direction: 'TB' | 'LR',
  size: { width: number; height: number },
): NodeHandle[] {
  const half = handleSize / 2;
  const box = { width: handleSize, height: handleSize };
  const target: NodeHandle =
    direction === 'TB'
      ? {
          id: inputHandle,
          type: 'target',
          position: Position.Top,
          x: size.width / 2 - half,
          y: -half,
          ...box,
        }
      : {
          id: inputHandle,
          type: 'target',
          position: Position.Left,
          x: -half,
          y: 22 - half,
          ...box,
        };
  const sources = ports.map((id, i): NodeHandle => {
    if (direction === 'TB') {
      const x = ports.length > 1 ? ((i + 1) / (ports.length + 1)) * size.width : size.width / 2;
      return {
        id,
        type: 'source',
        position: Position.Bottom,
        x: x - half,
        y: size.height - half,
        ...box,
      };
    }
    const y = ports.length > 1 ? size.height - 22 * (ports.length - i) + 2 : 22;
    return {
      id,
      type: 'source',
      position: Position.Right,
      x: size.width - half,
      y: y - half,
      ...box,
    };
  });
  return [target, ...sources];
}

const kinds: readonly string[] = [
  'trigger',
  'wait',
  'waitFor',
  'condition',
  'split',
  'email',
  'update',
  'exit',
];

function isNodeType(value: string): value is NodeType {
  return kinds.includes(value);
}
