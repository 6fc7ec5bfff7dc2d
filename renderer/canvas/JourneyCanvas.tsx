// The journey's graph on a React Flow canvas, read only: pan, zoom, select,
// minimap, and decorations laid over it (the simulator, revision previews).
// The editor's canvas is EditorCanvas.
import {
  Background,
  BackgroundVariant,
  type ColorMode,
  Controls,
  type EdgeTypes,
  MarkerType,
  MiniMap,
  type NodeTypes,
  type OnSelectionChangeFunc,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useNodesState,
  useReactFlow,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Journey, NodeType } from '../../src/model';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { decorateEdges, decorateNodes } from './decorate';
import type { CanvasDecorations } from './decorations';
import { focusViewport } from './focus-viewport';
import { initialViewport } from './initial-viewport';
import { JourneyNodeCard } from './JourneyNodeCard';
import type { Direction, JourneyFlowEdge, JourneyFlowNode } from './journey-to-flow';
import { PortEdge } from './PortEdge';
import { type LayoutMode, useJourneyFlow } from './use-journey-flow';

// One card component serves every kind; the registry gives each its look.
const nodeTypes = {
  trigger: JourneyNodeCard,
  wait: JourneyNodeCard,
  waitFor: JourneyNodeCard,
  condition: JourneyNodeCard,
  split: JourneyNodeCard,
  email: JourneyNodeCard,
  update: JourneyNodeCard,
  exit: JourneyNodeCard,
} satisfies Record<NodeType, typeof JourneyNodeCard> & NodeTypes;

const edgeTypes = { port: PortEdge } satisfies EdgeTypes;

const defaultEdgeOptions = {
  markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: 'var(--edge)' },
};

type Props = {
  journey: Journey;
  layout?: LayoutMode;
  colorMode: ColorMode;
  onSelectNode?: (id: string | null) => void;
  /** Counts, avatars and a highlighted path laid over the cards (the simulator). */
  decorations?: CanvasDecorations;
  /** A node to keep in view (the simulator's persona): panned to when it or `focusKey` changes. */
  focusNodeId?: string | null;
  /** Another reason to bring the focused node back into view (e.g. the simulated time). */
  focusKey?: string;
};

export function JourneyCanvas(props: Props) {
  const flow = useJourneyFlow(props.journey, props.layout);
  if (flow.status === 'laying-out') return <Loading label="Laying out the journey…" />;
  if (flow.status === 'error')
    return <ErrorState title="Cannot draw this journey" message={flow.message} />;
  return (
    <ReactFlowProvider>
      <Canvas {...props} nodes={flow.nodes} edges={flow.edges} />
    </ReactFlowProvider>
  );
}

function Canvas({
  nodes: initialNodes,
  edges,
  colorMode,
  onSelectNode,
  decorations,
  focusNodeId,
  focusKey,
}: Props & { nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[] }) {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const onSelectionChange = useCallback<OnSelectionChangeFunc<JourneyFlowNode, JourneyFlowEdge>>(
    ({ nodes: selected }) => onSelectNode?.(selected[0]?.id ?? null),
    [onSelectNode],
  );
  const edgesWithMarkers = useMemo(
    () => decorateEdges(edges, decorations).map((e) => ({ ...defaultEdgeOptions, ...e })),
    [edges, decorations],
  );
  const shownNodes = useMemo(() => decorateNodes(nodes, decorations), [nodes, decorations]);
  const wrapper = useRef<HTMLDivElement>(null);
  useOpeningViewport(wrapper, initialNodes[0]?.data.direction ?? 'TB');
  useFocusNode(wrapper, focusNodeId ?? null, focusKey ?? '');
  return (
    <div className="canvas" data-testid="journey-canvas" ref={wrapper}>
      <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
        nodes={shownNodes}
        edges={edgesWithMarkers}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onSelectionChange={onSelectionChange}
        colorMode={colorMode}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        minZoom={0.2}
        maxZoom={1.75}
        attributionPosition="top-right"
      >
        <Background
          variant={BackgroundVariant.Dots}
          gap={20}
          size={1.4}
          color="var(--canvas-dots)"
        />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap
          position="bottom-right"
          pannable
          zoomable
          nodeBorderRadius={6}
          nodeClassName={(n) => `kind-${n.type ?? 'unknown'}`}
          ariaLabel="Overview of the journey"
        />
      </ReactFlow>
    </div>
  );
}

/** Once every node has its size, open on the whole journey or on its start. */
function useOpeningViewport(wrapper: { current: HTMLDivElement | null }, direction: Direction) {
  const ready = useNodesInitialized();
  const flow = useReactFlow<JourneyFlowNode, JourneyFlowEdge>();
  const done = useRef(false);
  useEffect(() => {
    const el = wrapper.current;
    if (!ready || done.current || !el) return;
    done.current = true;
    const bounds = flow.getNodesBounds(flow.getNodes());
    const target = initialViewport(
      bounds,
      { width: el.clientWidth, height: el.clientHeight },
      direction,
    );
    if (target === 'fit') void flow.fitView({ padding: 0.15, maxZoom: 1 });
    else void flow.setViewport(target);
  }, [ready, flow, wrapper, direction]);
}

/** Once the cards have their sizes, and whenever the node or key changes, pan to the node if it is out of view. */
function useFocusNode(wrapper: { current: HTMLDivElement | null }, id: string | null, key: string) {
  const ready = useNodesInitialized();
  const flow = useReactFlow<JourneyFlowNode, JourneyFlowEdge>();
  const first = useRef(true);
  useEffect(() => {
    void key; // a new key alone is reason enough to look again
    const el = wrapper.current;
    const node = id === null ? undefined : flow.getInternalNode(id);
    if (!ready || !el || !node) return;
    const target = focusViewport(
      {
        ...node.internals.positionAbsolute,
        width: node.measured.width ?? 0,
        height: node.measured.height ?? 0,
      },
      flow.getViewport(),
      { width: el.clientWidth, height: el.clientHeight },
    );
    // The first time, jump (the canvas just opened); after, glide.
    if (target) void flow.setViewport(target, first.current ? undefined : { duration: 400 });
    first.current = false;
  }, [ready, flow, wrapper, id, key]);
}
