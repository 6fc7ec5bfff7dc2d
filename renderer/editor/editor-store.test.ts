import { describe, expect, it } from 'vitest';
import type { Journey, JourneyNode } from '../../src/model';
import { createEditorStore } from './editor-store';

function blank(): Journey {
  return {
    format: 'journey/v1',
    id: 'j',
    name: 'J',
    status: 'draft',
    nodes: [{ id: 'start', type: 'trigger', on: 'event', event: 'cart_abandoned' }],
    edges: [],
    layout: { start: { x: 0, y: 0 } },
  };
}

describe('editor store', () => {
  it('undoes and redoes ten edits one at a time', () => {
    const store = createEditorStore({ journey: blank(), revision: 1, templateIds: ['cart-1'] });
    const s = () => store.getState();
    const seen: Journey[] = [s().journey];
    const w1 = s().addNode('wait', { x: 0, y: 150 }, { node: 'start', port: 'out' });
    seen.push(s().journey);
    const e1 = s().addNode('email', { x: 0, y: 300 });
    seen.push(s().journey);
    expect(w1).toBe('w1');
    expect(e1).toBe('e1');
    s().connect({ from: 'w1', port: 'out', to: 'e1' });
    seen.push(s().journey);
    s().move({ e1: { x: 40, y: 320 } });
    seen.push(s().journey);
    const c1 = s().addNode('condition', { x: 0, y: 450 }, { node: 'e1', port: 'out' });
    seen.push(s().journey);
    s().addNode('exit', { x: -100, y: 600 }, { node: c1 ?? '', port: 'yes' });
    seen.push(s().journey);
    s().addNode('exit', { x: 100, y: 600 }, { node: c1 ?? '', port: 'no' });
    seen.push(s().journey);
    s().updateNode({ id: 'w1', type: 'wait', for: 'PT1H' });
    seen.push(s().journey);
    s().updateSettings({ reentry: 'always' });
    seen.push(s().journey);
    s().remove(['x2'], []);
    seen.push(s().journey);
    expect(seen).toHaveLength(11);
    expect(s().unsaved).toHaveLength(10);
    expect(s().journey.edges).toEqual([
      { from: 'start', to: 'w1' },
      { from: 'w1', to: 'e1' },
      { from: 'e1', to: 'c1' },
      { from: 'c1', port: 'yes', to: 'x1' },
    ]);
    for (let i = 9; i >= 0; i--) {
      s().undo();
      expect(s().journey).toBe(seen[i]);
    }
    s().undo();
    expect(s().journey).toBe(seen[0]);
    for (let i = 1; i <= 10; i++) {
      s().redo();
      expect(s().journey).toEqual(seen[i]);
    }
  });

  it('refuses the connections the format forbids, with a hint', () => {
    const store = createEditorStore({ journey: blank(), revision: 1 });
    const s = () => store.getState();
    s().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
    s().addNode('exit', { x: 0, y: 200 });
    s().addNode('email', { x: 0, y: 300 });
    const before = s().journey;
    expect(s().connect({ from: 'start', port: 'out', to: 'e1' })).toBe(false);
    expect(s().hint?.text).toMatch(/already leads to w1/);
    expect(s().connect({ from: 'w1', port: 'out', to: 'start' })).toBe(false);
    expect(s().hint?.text).toMatch(/trigger/);
    expect(s().connect({ from: 'x1', port: 'out', to: 'e1' })).toBe(false);
    expect(s().hint?.text).toMatch(/exit/i);
    expect(s().connect({ from: 'e1', port: 'out', to: 'e1' })).toBe(false);
    expect(s().hint?.text).toMatch(/itself/);
    expect(s().addNode('trigger', { x: 0, y: 0 })).toBeUndefined();
    expect(s().journey).toBe(before);
    expect(s().connect({ from: 'w1', port: 'out', to: 'e1' })).toBe(true);
  });

  it('pastes a selection into another journey with fresh ids and its inner edges', () => {
    const a = createEditorStore({ journey: blank(), revision: 1 });
    a.getState().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
    a.getState().addNode('email', { x: 0, y: 200 }, { node: 'w1', port: 'out' });
    const clip = a.getState().copy(['start', 'w1', 'e1']);
    expect(clip?.edges).toHaveLength(2);

    const b = createEditorStore({ journey: blank(), revision: 1 });
    b.getState().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
    if (!clip) throw new Error('no clip');
    const ids = b.getState().paste(clip, { x: 40, y: 40 });
    // The second trigger is left out; the wait and email get fresh ids.
    expect(ids).toEqual(['w2', 'e1']);
    const j = b.getState().journey;
    expect(j.nodes.map((n) => n.id)).toEqual(['start', 'w1', 'w2', 'e1']);
    expect(j.edges).toContainEqual({ from: 'w2', to: 'e1' });
    expect(j.edges.filter((e) => e.from === 'start')).toHaveLength(1);
    expect(j.layout?.w2).toEqual({ x: 40, y: 140 });
    expect(b.getState().selected).toEqual(['w2', 'e1']);
    b.getState().undo();
    expect(b.getState().journey.nodes).toHaveLength(2);
  });

  it('moves the edge of a split variant renamed in place; a removed variant loses its edge', () => {
    const store = createEditorStore({ journey: blank(), revision: 1 });
    const s = () => store.getState();
    const sp = s().addNode('split', { x: 0, y: 100 }, { node: 'start', port: 'out' }) ?? '';
    s().addNode('exit', { x: -100, y: 200 }, { node: sp, port: 'a' });
    s().addNode('exit', { x: 100, y: 200 }, { node: sp, port: 'b' });
    const split = (keys: string[]): JourneyNode => ({
      id: sp,
      type: 'split',
      variants: keys.map((key) => ({ key, weight: 50 })),
    });
    const fromSplit = () => s().journey.edges.filter((e) => e.from === sp);
    // Renamed key by key, as typed: b → bi → big; the edge follows.
    s().updateNode(split(['a', 'bi']));
    s().updateNode(split(['a', 'big']));
    expect(fromSplit()).toEqual([
      { from: sp, port: 'a', to: 'x1' },
      { from: sp, port: 'big', to: 'x2' },
    ]);
    // A third variant added, then the first removed: only its edge goes.
    s().updateNode(split(['a', 'big', 'c']));
    expect(fromSplit()).toHaveLength(2);
    s().updateNode(split(['big', 'c']));
    expect(fromSplit()).toEqual([{ from: sp, port: 'big', to: 'x2' }]);
  });

  it('makes the keystrokes of a word one undo step; a pause or another field starts a new one', () => {
    let clock = 0;
    const store = createEditorStore({ journey: blank(), revision: 1, now: () => clock });
    const s = () => store.getState();
    const before = s().journey;
    const trigger = (event: string): JourneyNode => ({
      id: 'start',
      type: 'trigger',
      on: 'event',
      event,
    });
    for (const prefix of [
      'c',
      'ca',
      'car',
      'cart',
      'cart_',
      'cart_a',
      'cart_ab',
      'cart_abandoned',
    ]) {
      clock += 150;
      s().updateNode(trigger(prefix));
    }
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(s().unsaved).toEqual(['Edited Trigger start']);
    s().undo();
    expect(s().journey).toBe(before);
    s().redo();
    expect(s().journey.nodes[0]).toEqual(trigger('cart_abandoned'));

    // After a pause, a new step.
    clock += 1500;
    s().updateNode(trigger('cart_abandoned2'));
    // Another field of the same node right after: a step of its own.
    clock += 100;
    s().updateNode({ ...trigger('cart_abandoned2'), filter: { tag: 'vip' } } as JourneyNode);
    // Another node right after: a step of its own.
    clock += 100;
    s().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
    clock += 100;
    s().updateNode({ id: 'w1', type: 'wait', for: 'PT2H' });
    clock += 100;
    s().updateNode({ id: 'w1', type: 'wait', for: 'PT24H' });
    expect(store.temporal.getState().pastStates).toHaveLength(5);
    s().undo();
    expect(s().journey.nodes.find((n) => n.id === 'w1')).toMatchObject({ for: 'P1D' });
    s().undo();
    expect(s().journey.nodes.map((n) => n.id)).toEqual(['start']);
    s().undo();
    s().undo();
    expect(s().journey.nodes[0]).toEqual(trigger('cart_abandoned'));
    s().undo();
    expect(s().journey).toBe(before);
  });

  it('starts a new undo step after an undo, even within the run', () => {
    let clock = 0;
    const store = createEditorStore({ journey: blank(), revision: 1, now: () => clock });
    const s = () => store.getState();
    s().updateSettings({ reentry: 'always' });
    clock += 100;
    s().updateSettings({ reentry: 'never' });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s().undo();
    clock += 100;
    s().updateSettings({ reentry: 'always' });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s().undo();
    expect(s().journey.settings).toBeUndefined();
  });
});
