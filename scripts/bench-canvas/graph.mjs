// The benchmark's journey: 1,000 nodes and 1,200 edges, every port used at
// most once, every node reachable, placed on a grid (left to right).
export function benchJourney() {
  const count = 1000;
  const nodes = [{ id: 'start', type: 'trigger', on: 'event', event: 'signed_up' }];
  // 399 conditions (2 edges each), 401 waits (1 edge each), then exits: with
  // the trigger's edge that makes 1 + 798 + 401 = 1,200 edges.
  for (let i = 1; i < count; i++) {
    if (i <= 399) nodes.push({ id: `c${i}`, type: 'condition', if: { tag: `t${i % 7}` } });
    else if (i <= 800) nodes.push({ id: `w${i}`, type: 'wait', for: 'PT1H' });
    else nodes.push({ id: `x${i}`, type: 'exit' });
  }
  const edges = [];
  const incoming = new Set();
  // Breadth-first: each output goes to the next node without an input yet,
  // else (all have one) to a later node, so the graph is a DAG.
  let next = 1;
  const target = (from) => {
    if (next < count) return next++;
    return Math.min(count - 1, from + 1 + ((from * 7) % 50));
  };
  nodes.forEach((node, i) => {
    const ports = node.type === 'condition' ? ['yes', 'no'] : node.type === 'exit' ? [] : ['out'];
    for (const port of ports) {
      const to = target(i);
      if (to <= i) continue;
      incoming.add(to);
      const id = nodes[to].id;
      edges.push(port === 'out' ? { from: node.id, to: id } : { from: node.id, port, to: id });
    }
  });
  const layout = {};
  const columns = 40;
  nodes.forEach((n, i) => {
    layout[n.id] = { x: (i % columns) * 280, y: Math.floor(i / columns) * 160 };
  });
  return {
    format: 'journey/v1',
    id: 'bench-canvas',
    name: 'Benchmark: 1,000 nodes',
    status: 'draft',
    nodes,
    edges,
    layout,
  };
}
