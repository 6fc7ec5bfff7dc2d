// Where the canvas opens: the whole journey when it fits at a readable zoom;
// otherwise a readable zoom anchored at the journey's start (left for left to
// right, top for top to bottom), the rest a pan away (the minimap shows it).
import type { Rect, Viewport } from '@xyflow/react';
import type { Direction } from './journey-to-flow';

export const readableZoom = 0.72;
const padding = 48;

export function initialViewport(
  bounds: Rect,
  size: { width: number; height: number },
  direction: Direction,
): Viewport | 'fit' {
  const fit = Math.min(
    (size.width - 2 * padding) / Math.max(1, bounds.width),
    (size.height - 2 * padding) / Math.max(1, bounds.height),
  );
  if (fit >= readableZoom) return 'fit';
  const zoom = readableZoom;
  if (direction === 'LR') {
    return {
      zoom,
      x: padding - bounds.x * zoom,
      y: size.height / 2 - (bounds.y + bounds.height / 2) * zoom,
    };
  }
  return {
    zoom,
    x: size.width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: padding - bounds.y * zoom,
  };
}
