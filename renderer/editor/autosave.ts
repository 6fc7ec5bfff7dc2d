// Autosave: every change of the edited journey is saved through
// `journeys.save` about 600 ms after the last one, with the summaries of the
// edits it holds; and the validator runs on it (debounced) for the badges.
// A save names the revision it started from (`baseRevision`); the core
// refuses it when another window or the command line stored a newer one
// meanwhile, and then it holds and the user chooses whose to keep.
import type { Api } from '../api/api';
import { toApiClientError } from '../api/errors';
import type { EditorStore } from './editor-store';

export const saveDelayMs = 600;
export const validateDelayMs = 250;

/**
 * One line for the revision history from the edits a save holds: repeats
 * collapsed ("Undo ×10"), up to three named, the rest counted.
 */
export function summarize(edits: readonly string[]): string {
  const runs: { text: string; count: number }[] = [];
  for (const e of edits) {
    const last = runs[runs.length - 1];
    if (last && last.text === e) last.count++;
    else runs.push({ text: e, count: 1 });
  }
  const named = runs.map((r) => (r.count > 1 ? `${r.text} ×${r.count}` : r.text));
  if (named.length === 0) return 'Edited';
  if (named.length <= 3) return named.join(', ');
  return `${named.slice(0, 2).join(', ')} and ${named.length - 2} more edits`;
}

/** Starts saving and validating the store's journey; returns a stop that flushes a pending save. */
export function startAutosave(
  store: EditorStore,
  api: Api,
): { stop: () => Promise<void>; flush: () => Promise<void> } {
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let validateTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  let validation = 0;

  const validate = () => {
    const mine = ++validation;
    const { journey } = store.getState();
    api.invoke('journeys.validate', { journey }).then(
      ({ problems }) => mine === validation && store.getState().setProblems(problems),
      () => {},
    );
  };

  const id = store.getState().journey.id;

  /** A revision stored since the last one we know, which our save would overwrite. */
  const newerElsewhere = async () => {
    const got = await api.invoke('journeys.get', { id }).catch(() => undefined);
    return got && got.revision > store.getState().save.revision ? got : undefined;
  };

  const save = async () => {
    saveTimer = undefined;
    if (store.getState().conflict) return;
    const state = store.getState();
    const edits = state.takeUnsaved();
    const { journey } = state;
    state.setSave({ ...state.save, state: 'saving' });
    try {
      // The core refuses it if a newer revision was stored since ours.
      const { revision } = await api.invoke('journeys.save', {
        journey,
        summary: summarize(edits),
        baseRevision: state.save.revision,
      });
      const now = store.getState();
      // Another edit may have come in while this one was on its way.
      now.setSave({ state: saveTimer ? 'pending' : 'saved', revision });
    } catch (err) {
      const error = toApiClientError(err);
      const theirs = error.code === 'conflict' ? await newerElsewhere() : undefined;
      const s = store.getState();
      // Not saved: its summaries go with the next save.
      s.returnUnsaved(edits);
      if (theirs) {
        s.setConflict({ journey: theirs.journey, revision: theirs.revision });
        s.setSave({ ...s.save, state: 'conflict' });
        return;
      }
      s.setSave({ ...s.save, state: 'error', message: error.message });
    }
  };

  const resolveConflict = (keep: 'mine' | 'theirs') => {
    const s = store.getState();
    const { conflict } = s;
    if (!conflict) return;
    s.setConflict(null);
    if (keep === 'theirs') {
      // Ours stay in the undo history; their revision is shown, not saved back.
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = undefined;
      s.takeUnsaved();
      s.adopt(conflict.journey, conflict.revision);
      return;
    }
    // Ours over theirs: a save that knows their revision.
    s.setSave({ state: 'pending', revision: conflict.revision });
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = undefined;
    saving = saving.then(save);
  };

  const flush = async () => {
    if (saveTimer) {
      clearTimeout(saveTimer);
      saving = saving.then(save);
    }
    await saving;
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.journey === prev.journey) return;
    if (validateTimer) clearTimeout(validateTimer);
    validateTimer = setTimeout(validate, validateDelayMs);
    // A journey changed elsewhere is shown, not saved back.
    if (state.journey === state.external) return;
    if (saveTimer) clearTimeout(saveTimer);
    if (state.save.state !== 'saving' && state.save.state !== 'conflict')
      state.setSave({ ...state.save, state: 'pending' });
    saveTimer = setTimeout(() => {
      saving = saving.then(save);
    }, saveDelayMs);
  });

  // Another window, the command line or an API call changed this journey:
  // take the newer revision when nothing of ours is waiting to be saved (when
  // something is, the save finds the newer revision and asks).
  const stopListening = api.on('workspace.changed', (change) => {
    if (change.kind !== 'journey' || change.id !== id) return;
    void saving.then(async () => {
      const got = await api.invoke('journeys.get', { id }).catch(() => undefined);
      const now = store.getState();
      if (!got || saveTimer || now.save.state !== 'saved' || got.revision <= now.save.revision)
        return;
      if (JSON.stringify(got.journey) === JSON.stringify(now.journey))
        now.setSave({ state: 'saved', revision: got.revision });
      else now.adopt(got.journey, got.revision);
    });
  });
  validate();
  store.setState({ flush, resolveConflict });

  const onUnload = () => void flush();
  window.addEventListener('beforeunload', onUnload);
  return {
    flush,
    stop: async () => {
      unsubscribe();
      stopListening();
      window.removeEventListener('beforeunload', onUnload);
      if (validateTimer) clearTimeout(validateTimer);
      await flush();
    },
  };
}
