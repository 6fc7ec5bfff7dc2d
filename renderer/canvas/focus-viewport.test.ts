import { describe, expect, it } from 'vitest';
import { focusViewport } from './focus-viewport';
import { readableZoom } from './initial-viewport';

const size = { width: 800, height: 600 };
const node = { x: 2000, y: 100, width: 160, height: 60 };

describe('focusViewport', () => {
  it('centres a node that is off screen, at the current zoom', () => {
    const v = focusViewport(node, { x: 0, y: 0, zoom: 1 }, size);
    expect(v).toEqual({ zoom: 1, x: 400 - 2080, y: 300 - 130 });
  });

  it('leaves the view alone when the node is already in it', () => {
    expect(focusViewport({ ...node, x: 300 }, { x: 0, y: 0, zoom: 1 }, size)).toBeNull();
  });

  it('zooms in to a readable zoom, never past 1', () => {
    const far = focusViewport(node, { x: 0, y: 0, zoom: 0.2 }, size);
    expect(far?.zoom).toBe(readableZoom);
    // Visible but tiny: still brought to a readable size.
    expect(focusViewport({ ...node, x: 10 }, { x: 100, y: 100, zoom: 0.3 }, size)?.zoom).toBe(
      readableZoom,
    );
    expect(focusViewport(node, { x: 0, y: 0, zoom: 1.5 }, size)?.zoom).toBe(1);
  });
});
