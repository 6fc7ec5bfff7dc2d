// What another screen (the simulator) may lay over the canvas: counts and
// shares on cards, personas' avatars, a highlighted path, muted nodes, and a
// read-only mode in which nothing can be edited.

export type NodeDecoration = {
  /** A short count shown as a badge, e.g. "1,204". */
  count?: string;
  /** A share of the journey's entrants, 0..1, drawn as a bar. */
  share?: number;
  personas?: { id: string; label: string }[];
  highlighted?: boolean;
  muted?: boolean;
};

export type EdgeDecoration = { highlighted?: boolean; count?: string };

export type CanvasDecorations = {
  nodes?: Record<string, NodeDecoration>;
  /** Keyed `${from}:${port}`, with `out` for single-output nodes. */
  edges?: Record<string, EdgeDecoration>;
  readOnly?: boolean;
};

/** The key of an edge's decoration. */
export function edgeDecorationKey(from: string, port: string | undefined): string {
  return `${from}:${port ?? 'out'}`;
}
