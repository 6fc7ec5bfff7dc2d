// The bare React Flow page the canvas is compared with: the same graph, a
// plain card of the same size per node, default edges, the same viewport and
// the same `onlyRenderVisibleElements`; nodes dragged with useNodesState.
// Built with Vite into a folder under node_modules/.cache in the same run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const main = `
import '@xyflow/react/dist/style.css';
import { createElement as h, memo, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Background, Controls, Handle, MiniMap, Position, ReactFlow, useNodesState, useEdgesState } from '@xyflow/react';

const Card = memo(function Card({ data }) {
  return h('div', { className: 'bare-card' },
    h(Handle, { type: 'target', position: Position.Left }),
    h('div', { className: 'bare-head' }, data.type, ' ', data.id),
    h('div', null, data.text),
    ...data.ports.map((p, i) => h(Handle, { key: p, id: p, type: 'source', position: Position.Right, style: { top: 20 + i * 14 } })));
});
const nodeTypes = { card: Card };

function Flow({ graph }) {
  const [nodes, , onNodesChange] = useNodesState(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState(graph.edges);
  return h(ReactFlow, { nodes, edges, nodeTypes, onNodesChange, onEdgesChange,
    defaultViewport: graph.viewport, onlyRenderVisibleElements: true, minZoom: 0.1 },
    h(Background), h(Controls), h(MiniMap));
}

const journey = window.__journey;
const ports = (n) => n.type === 'condition' ? ['yes', 'no'] : n.type === 'exit' ? [] : ['out'];
const graph = {
  viewport: window.__viewport,
  nodes: journey.nodes.map((n) => ({ id: n.id, type: 'card', position: journey.layout[n.id],
    data: { id: n.id, type: n.type, text: n.type + ' ' + n.id, ports: ports(n) } })),
  edges: journey.edges.map((e) => ({ id: e.from + ':' + (e.port ?? 'out'), source: e.from,
    sourceHandle: e.port ?? 'out', target: e.to })),
};
createRoot(document.getElementById('root')).render(h(StrictMode, null, h('div', { style: { width: '100vw', height: '100vh' } }, h(Flow, { graph }))));
`;

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 13px system-ui, sans-serif; }
.bare-card { width: 212px; min-height: 64px; padding: 10px 12px; box-sizing: border-box; border: 1px solid #ddd; border-radius: 10px; background: #fff; }
.bare-head { font-weight: 600; font-size: 11px; text-transform: uppercase; margin-bottom: 4px; }
</style></head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>`;

/** Builds the page; returns the folder holding index.html. */
export async function buildBarePage(root) {
  const src = join(root, 'node_modules/.cache/bench-canvas/src');
  const out = join(root, 'node_modules/.cache/bench-canvas/dist');
  rmSync(join(root, 'node_modules/.cache/bench-canvas'), { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'main.js'), main);
  writeFileSync(join(src, 'index.html'), html);
  await build({
    root: src,
    configFile: false,
    logLevel: 'warn',
    base: './',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: out, emptyOutDir: true },
  });
  return out;
}
