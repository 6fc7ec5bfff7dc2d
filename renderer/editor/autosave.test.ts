import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkBridge } from '../../src/api/client';
import type { Journey } from '../../src/model';
import { createApi } from '../api/api';
import { saveDelayMs, startAutosave, summarize } from './autosave';
import { createEditorStore } from './editor-store';

describe('summarize', () => {
  it('names up to three edits, collapses repeats and counts the rest', () => {
    expect(summarize(['Added Wait'])).toBe('Added Wait');
    expect(summarize(['Added Wait', 'Added Email'])).toBe('Added Wait, Added Email');
    expect(summarize(Array(10).fill('Undo'))).toBe('Undo ×10');
    expect(summarize(['a', 'b', 'c', 'd', 'e'])).toBe('a, b and 3 more edits');
    expect(summarize([])).toBe('Edited');
  });
});

function blank(): Journey {
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

/** The stored journey and its revisions, saved the way the core does (with its event). */
function fakeCore() {
  const stored = { journey: blank(), revision: 1 };
  const saves: string[] = [];
  const listeners = new Set<(payload: unknown) => void>();
  const changed = () => {
    for (const l of listeners) l({ kind: 'journey', id: 'j' });
  };
  const saveStored = (journey: Journey, summary: string) => {
    stored.journey = journey;
    stored.revision++;
    saves.push(summary);
    queueMicrotask(changed);
    return stored.revision;
  };
  // Runs once, just before the next save reaches the core: a save elsewhere in the race window.
  let beforeSave: (() => void) | undefined;
  const bridge: WaymarkBridge = {
    invoke: async (method, input) => {
      const arg = input as { journey: Journey; summary?: string; baseRevision?: number };
      switch (method) {
        case 'journeys.get':
          return { ...stored, updatedAt: '2026-03-02T09:00:00.000Z' };
        case 'journeys.save':
          beforeSave?.();
          beforeSave = undefined;
          // As the core does: a newer stored revision refuses a save from an older one.
          if (arg.baseRevision !== undefined && stored.revision > arg.baseRevision)
            throw { code: 'conflict', message: `revision ${stored.revision} is newer` };
          return { revision: saveStored(arg.journey, arg.summary ?? '') };
        case 'journeys.validate':
          return { problems: [] };
        default:
          throw new Error(`unexpected ${method}`);
      }
    },
    on: (_name, listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** Another window (or the command line) saves the journey. */
  const elsewhere = (journey: Journey) => saveStored(journey, 'Elsewhere');
  const raceNextSave = (run: () => void) => {
    beforeSave = run;
  };
  return { api: createApi(bridge), stored, saves, elsewhere, raceNextSave };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const core = fakeCore();
    const store = createEditorStore({ journey: blank(), revision: 1 });
    const autosave = startAutosave(store, core.api);
    const s = () => store.getState();
    const theirs = { ...blank(), name: 'Renamed elsewhere' };
    return { ...core, store, autosave, s, theirs };
  }

  it('saves our edits, without taking its own saves for changes made elsewhere', async () => {
    const { s, stored, saves, autosave } = setup();
    s().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 50);
    s().addNode('exit', { x: 0, y: 200 }, { node: 'w1', port: 'out' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 50);
    expect(saves).toEqual(['Added Wait after start', 'Added Exit after w1']);
    expect(stored.revision).toBe(3);
    expect(s().save).toEqual({ state: 'saved', revision: 3 });
    expect(s().conflict).toBeNull();
    await autosave.stop();
  });

  it('does not overwrite a revision stored elsewhere while our edit waited; keeps ours when asked', async () => {
    const { s, stored, saves, elsewhere, theirs, autosave } = setup();
    s().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
    elsewhere(theirs);
    await vi.advanceTimersByTimeAsync(saveDelayMs + 50);
    expect(s().save.state).toBe('conflict');
    expect(s().conflict).toEqual({ journey: theirs, revision: 2 });
    expect(stored.journey).toEqual(theirs);
    // Further edits wait for the answer.
    s().addNode('exit', { x: 0, y: 200 }, { node: 'w1', port: 'out' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 50);
    expect(s().save.state).toBe('conflict');
    expect(saves).toEqual(['Elsewhere']);

    s().resolveConflict('mine');
    await vi.advanceTimersByTimeAsync(10);
    expect(stored.revision).toBe(3);
    expect(stored.journey).toEqual(s().journey);
    expect(stored.journey.nodes.map((n) => n.id)).toEqual(['start', 'w1', 'x1']);
    expect(s().save).toEqual({ state: 'saved', revision: 3 });
    expect(s().conflict).toBeNull();
    await autosave.stop();
  });

  it('holds a save that loses the race to one made elsewhere after its check', async () => {
    const { s, stored, saves, elsewhere, theirs, raceNextSave, autosave } = setup();
    s().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
    raceNextSave(() => elsewhere(theirs));
    await vi.advanceTimersByTimeAsync(saveDelayMs + 50);
    expect(saves).toEqual(['Elsewhere']);
    expect(stored.journey).toEqual(theirs);
    expect(s().save.state).toBe('conflict');
    expect(s().conflict).toEqual({ journey: theirs, revision: 2 });

    s().resolveConflict('mine');
    await vi.advanceTimersByTimeAsync(10);
    expect(stored.revision).toBe(3);
    expect(stored.journey.nodes.map((n) => n.id)).toEqual(['start', 'w1']);
    // The refused save's summary went with the one that kept ours.
    expect(saves).toEqual(['Elsewhere', 'Added Wait after start']);
    expect(s().save).toEqual({ state: 'saved', revision: 3 });
    await autosave.stop();
  });

  it('takes their revision when asked, ours one undo away', async () => {
    const { s, stored, saves, elsewhere, theirs, autosave } = setup();
    s().addNode('wait', { x: 0, y: 100 }, { node: 'start', port: 'out' });
    const ours = s().journey;
    elsewhere(theirs);
    await vi.advanceTimersByTimeAsync(saveDelayMs + 50);
    expect(s().save.state).toBe('conflict');

    s().resolveConflict('theirs');
    await vi.advanceTimersByTimeAsync(saveDelayMs + 50);
    expect(s().journey).toEqual(theirs);
    expect(s().save).toEqual({ state: 'saved', revision: 2 });
    expect(saves).toEqual(['Elsewhere']);

    s().undo();
    expect(s().journey).toBe(ours);
    await vi.advanceTimersByTimeAsync(saveDelayMs + 50);
    expect(stored.journey).toEqual(ours);
    expect(s().save).toEqual({ state: 'saved', revision: 3 });
    await autosave.stop();
  });
});
