// Where to move the viewport so a node is in view: nowhere when it already is
// (with a margin), else centred on it at the current zoom, raised to a
// readable zoom when the view is zoomed further out than that.
import type { Rect, Viewport } from '@xyflow/react';
import { readableZoom } from './initial-viewport';

const margin = 48;

export function focusViewport(
  node: Rect,
  viewport: Viewport,
  size: { width: number; height: number },
): Viewport | null {
  const left = node.x * viewport.zoom + viewport.x;
  const top = node.y * viewport.zoom + viewport.y;
  const right = left + node.width * viewport.zoom;
  const bottom = top + node.height * viewport.zoom;
  const inView =
    viewport.zoom >= readableZoom - 1e-6 &&
    left >= margin &&
    top >= margin &&
    right <= size.width - margin &&
    bottom <= size.height - margin;
  if (inView) return null;
  const zoom = Math.min(1, Math.max(viewport.zoom, readableZoom));
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  return { zoom, x: size.width / 2 - cx * zoom, y: size.height / 2 - cy * zoom };
}
