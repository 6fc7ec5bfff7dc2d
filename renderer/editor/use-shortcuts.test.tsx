import { fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model';
import { createEditorStore, type EditorStore } from './editor-store';
import { useShortcuts } from './use-shortcuts';

function journey(): Journey {
  return {
    format: 'journey/v1',
    id: 'j',
    name: 'J',
    status: 'draft',
    nodes: [{ id: 'start', type: 'trigger', on: 'event', event: 'signup' }],
    edges: [],
    layout: { start: { x: 0, y: 0 } },
  };
}

function Fields({ store }: { store: EditorStore }) {
  useShortcuts(store, () => {});
  return (
    <div>
      <input aria-label="Subject" defaultValue="Hello" />
      <input aria-label="Weight" type="number" defaultValue="50" />
      <textarea aria-label="Notes" defaultValue="Notes" />
      <div contentEditable suppressContentEditableWarning>
        <span>Rich text</span>
      </div>
      <input aria-label="Skip" type="checkbox" />
      <div role="application" aria-label="Canvas" tabIndex={-1} />
    </div>
  );
}

function setup() {
  const store = createEditorStore({ journey: journey(), revision: 1 });
  store.getState().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
  store.getState().addNode('exit', { x: 0, y: 200 }, { node: 'w1', port: 'out' });
  render(
    <ReactFlowProvider>
      <Fields store={store} />
    </ReactFlowProvider>,
  );
  const count = () => store.getState().journey.nodes.length;
  return { store, count };
}

describe('editor shortcuts', () => {
  it('leaves Ctrl/⌘ Z in a text field to the browser', () => {
    const { count } = setup();
    for (const name of ['Subject', 'Weight', 'Notes']) {
      const field = screen.getByLabelText(name);
      field.focus();
      // Not prevented: the browser undoes the typing in the field.
      expect(fireEvent.keyDown(field, { key: 'z', ctrlKey: true })).toBe(true);
      expect(fireEvent.keyDown(field, { key: 'z', metaKey: true })).toBe(true);
      expect(fireEvent.keyDown(field, { key: 'z', ctrlKey: true, shiftKey: true })).toBe(true);
      expect(fireEvent.keyDown(field, { key: 'y', ctrlKey: true })).toBe(true);
    }
    const inside = screen.getByText('Rich text');
    expect(fireEvent.keyDown(inside, { key: 'z', ctrlKey: true })).toBe(true);
    expect(count()).toBe(3);
  });

  it('undoes and redoes the journey from the canvas, the page or a non-text control', () => {
    const { count } = setup();
    const canvas = screen.getByLabelText('Canvas');
    canvas.focus();
    expect(fireEvent.keyDown(canvas, { key: 'z', ctrlKey: true })).toBe(false);
    expect(count()).toBe(2);
    expect(fireEvent.keyDown(document.body, { key: 'z', metaKey: true })).toBe(false);
    expect(count()).toBe(1);
    expect(fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true })).toBe(
      false,
    );
    expect(count()).toBe(2);
    const checkbox = screen.getByLabelText('Skip');
    checkbox.focus();
    expect(fireEvent.keyDown(checkbox, { key: 'y', ctrlKey: true })).toBe(false);
    expect(count()).toBe(3);
    // Other keys on a control stay the control's.
    expect(fireEvent.keyDown(checkbox, { key: 'a', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(checkbox, { key: 'f' })).toBe(true);
  });
});
