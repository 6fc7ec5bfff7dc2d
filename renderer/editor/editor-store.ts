// The journey editor's store: the journey being edited, the selection, the
// validator's problems and the save state. Made by a factory (one per open
// journey, testable without React), provided by context. Undo and redo
// (zundo) track the journey only; every edit is one step, except that edits
// of the same field of the same node (or of the settings) made in a quick
// run, like the keystrokes of a word, are one step together.
import { temporal } from 'zundo';
import { createStore } from 'zustand';
import type { Journey, JourneyNode, JourneySettings, NodeType, Problem } from '../../src/model';
import { type Clip, copySelection, pasteClip } from './clipboard';
import type { ConnectionAttempt } from './connections';
import * as edits from './edits';

/** `conflict`: a newer revision was stored elsewhere while ours waited; saving holds until the user chooses. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

/** A revision stored elsewhere that our next save would overwrite. */
export type Conflict = { journey: Journey; revision: number };

export type EditorData = {
  journey: Journey;
  /** Selected node ids, in the order they were selected. */
  selected: string[];
  problems: Problem[];
  save: { state: SaveState; revision: number; message?: string };
  /** Summaries of the edits not yet saved, oldest first. */
  unsaved: string[];
  /** The last refusal (a forbidden connection), for the hint toast. */
  hint: { seq: number; text: string } | null;
  /** Templates' ids, so a new email points at one that exists. */
  templateIds: string[];
  /** The last journey taken from outside (another window, the command line): not saved again. */
  external: Journey | null;
  /** A newer revision stored elsewhere while our edits waited to be saved. */
  conflict: Conflict | null;
};

export type EditorActions = {
  addNode: (
    type: NodeType,
    at: edits.XY,
    from?: { node: string; port: string },
  ) => string | undefined;
  connect: (c: ConnectionAttempt) => boolean;
  remove: (nodeIds: readonly string[], edgeKeys: readonly string[]) => void;
  move: (positions: Record<string, edits.XY>, summary?: string) => void;
  updateNode: (next: JourneyNode) => void;
  updateSettings: (settings: JourneySettings) => void;
  copy: (ids?: readonly string[]) => Clip | null;
  paste: (clip: Clip, offset: edits.XY) => string[];
  select: (ids: string[]) => void;
  undo: () => void;
  redo: () => void;
  /** A journey from outside (a restored revision): replaces the one edited, history kept. */
  replace: (journey: Journey, summary: string) => void;
  /** A newer stored revision, changed elsewhere: shown as it is, not saved again. */
  adopt: (journey: Journey, revision: number) => void;
  refuse: (text: string) => void;
  setProblems: (problems: Problem[]) => void;
  setSave: (save: EditorData['save']) => void;
  takeUnsaved: () => string[];
  /** Puts back the summaries of a save that did not happen, before any made since. */
  returnUnsaved: (edits: string[]) => void;
  /** Saves a pending edit now (autosave replaces this when it starts). */
  flush: () => Promise<void>;
  setConflict: (conflict: Conflict | null) => void;
  /** Ends a conflict: take their revision, or save ours over it (autosave replaces this). */
  resolveConflict: (keep: 'mine' | 'theirs') => void;
};

export type EditorState = EditorData & EditorActions;

export type EditorInit = {
  journey: Journey;
  revision: number;
  templateIds?: string[];
  /** The clock that times runs of edits of one field (tests set their own). */
  now?: () => number;
};

/** Edits of one field less than this apart are one undo step. */
export const coalesceMs = 1000;

/** The top-level fields that differ between two objects, sorted and joined. */
function changedFields(a: object, b: object): string {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys]
    .filter((k) => ra[k] !== rb[k])
    .sort()
    .join(',');
}

export function createEditorStore(init: EditorInit) {
  const store = createStore<EditorState>()(
    temporal(
      (set, get) => {
        const now = init.now ?? Date.now;
        /** The field the last edit changed and when, while a run of its edits can go on. */
        let run: { key: string; at: number } | null = null;
        /**
         * Applies an edit as one undo step, or, given the key of the field it
         * changes, as part of the step of the run of edits of that field
         * before it (the last one less than `coalesceMs` ago).
         */
        const apply = (edit: edits.Edit, key?: string) => {
          const at = now();
          const joins = key !== undefined && run?.key === key && at - run.at < coalesceMs;
          run = key === undefined ? null : { key, at };
          if (!joins) {
            set((s) => ({ journey: edit.journey, unsaved: [...s.unsaved, edit.summary] }));
            return;
          }
          const t = store.temporal.getState();
          t.pause();
          try {
            set((s) => ({
              journey: edit.journey,
              unsaved:
                s.unsaved[s.unsaved.length - 1] === edit.summary
                  ? s.unsaved
                  : [...s.unsaved, edit.summary],
            }));
          } finally {
            t.resume();
          }
        };
        return {
          journey: init.journey,
          selected: [],
          problems: [],
          save: { state: 'saved', revision: init.revision },
          unsaved: [],
          hint: null,
          templateIds: init.templateIds ?? [],
          external: null,
          conflict: null,

          addNode: (type, at, from) => {
            const s = get();
            if (type === 'trigger' && s.journey.nodes.some((n) => n.type === 'trigger')) {
              s.refuse('A journey has exactly one trigger: edit the one it has.');
              return undefined;
            }
            const edit = edits.addNode(s.journey, type, at, { templates: s.templateIds }, from);
            apply(edit);
            return edit.id;
          },
          connect: (c) => {
            const result = edits.connect(get().journey, c);
            if ('refused' in result) {
              get().refuse(result.refused);
              return false;
            }
            apply(result);
            return true;
          },
          remove: (nodeIds, edgeKeys) => {
            if (nodeIds.length === 0 && edgeKeys.length === 0) return;
            apply(edits.remove(get().journey, nodeIds, edgeKeys));
            const gone = new Set(nodeIds);
            set((s) => ({ selected: s.selected.filter((id) => !gone.has(id)) }));
          },
          move: (positions, summary) => {
            if (Object.keys(positions).length === 0) return;
            apply(edits.move(get().journey, positions, summary));
          },
          updateNode: (next) => {
            const journey = get().journey;
            const prev = journey.nodes.find((n) => n.id === next.id);
            const key = prev ? `node:${next.id}:${changedFields(prev, next)}` : undefined;
            apply(edits.replaceNode(journey, next), key);
          },
          updateSettings: (settings) => {
            const journey = get().journey;
            const key = `settings:${changedFields(journey.settings ?? {}, settings)}`;
            apply({ journey: { ...journey, settings }, summary: 'Edited the settings' }, key);
          },
          copy: (ids) => copySelection(get().journey, ids ?? get().selected),
          paste: (clip, offset) => {
            const edit = pasteClip(get().journey, clip, offset);
            if (edit.ids.length === 0) return [];
            apply(edit);
            set({ selected: edit.ids });
            return edit.ids;
          },
          select: (ids) => {
            const prev = get().selected;
            if (prev.length === ids.length && prev.every((id, i) => id === ids[i])) return;
            set({ selected: ids });
          },
          undo: () => {
            const t = store.temporal.getState();
            if (t.pastStates.length === 0) return;
            run = null;
            t.undo();
            set((s) => ({ unsaved: [...s.unsaved, 'Undo'] }));
          },
          redo: () => {
            const t = store.temporal.getState();
            if (t.futureStates.length === 0) return;
            run = null;
            t.redo();
            set((s) => ({ unsaved: [...s.unsaved, 'Redo'] }));
          },
          replace: (journey, summary) => apply({ journey, summary }),
          adopt: (journey, revision) => {
            run = null;
            set({ journey, external: journey, save: { state: 'saved', revision } });
          },
          refuse: (text) => set((s) => ({ hint: { seq: (s.hint?.seq ?? 0) + 1, text } })),
          setProblems: (problems) => set({ problems }),
          setSave: (save) => set({ save }),
          flush: () => Promise.resolve(),
          setConflict: (conflict) => set({ conflict }),
          resolveConflict: () => {},
          takeUnsaved: () => {
            const taken = get().unsaved;
            if (taken.length > 0) set({ unsaved: [] });
            return taken;
          },
          returnUnsaved: (edits) => {
            if (edits.length > 0) set((s) => ({ unsaved: [...edits, ...s.unsaved] }));
          },
        };
      },
      {
        partialize: (s) => ({ journey: s.journey }),
        equality: (a, b) => a.journey === b.journey,
        limit: 200,
      },
    ),
  );
  return store;
}

export type EditorStore = ReturnType<typeof createEditorStore>;
