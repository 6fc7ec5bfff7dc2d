// An orthogonal route as an SVG path with rounded corners.
import type { XYPosition } from '@xyflow/react';

function toward(from: XYPosition, to: XYPosition, distance: number): XYPosition {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return {
    x: from.x + ((to.x - from.x) / length) * distance,
    y: from.y + ((to.y - from.y) / length) * distance,
  };
}

export function roundedPath(points: XYPosition[], radius = 12): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1];
    const corner = points[i];
    const next = points[i + 1];
    if (!prev || !corner || !next) continue;
    const r = Math.min(
      radius,
      Math.hypot(corner.x - prev.x, corner.y - prev.y) / 2,
      Math.hypot(next.x - corner.x, next.y - corner.y) / 2,
    );
    const a = toward(corner, prev, r);
    const b = toward(corner, next, r);
    d += ` L ${a.x} ${a.y} Q ${corner.x} ${corner.y} ${b.x} ${b.y}`;
  }
  const last = rest[rest.length - 1];
  if (last) d += ` L ${last.x} ${last.y}`;
  return d;
}

/**
 * ELK's bends joined to the handles where the canvas actually drew them:
 * the first and last bends are moved onto the handles' axes, so the route
 * leaves and enters straight even when a card's height differs from ELK's.
 */
export function routeThrough(
  source: XYPosition,
  bends: XYPosition[],
  target: XYPosition,
  vertical: boolean,
): XYPosition[] {
  const points = bends.map((p) => ({ ...p }));
  const first = points[0];
  const last = points[points.length - 1];
  if (first) {
    if (vertical) first.x = source.x;
    else first.y = source.y;
  }
  if (last) {
    if (vertical) last.x = target.x;
    else last.y = target.y;
  }
  return [source, ...points, target];
}
