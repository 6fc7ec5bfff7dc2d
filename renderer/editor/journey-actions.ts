// The journey list's actions over the API: create, duplicate, rename, set
// status, delete with an "Undo" toast that puts the journey back.
import type { JourneyStatus } from '../../src/model';
import type { Api } from '../api/api';
import { navigate } from '../stores/route';
import { showToast } from '../stores/toast-store';

function failed(what: string, err: unknown): void {
  showToast({
    tone: 'error',
    text: `${what} failed: ${err instanceof Error ? err.message : String(err)}`,
  });
}

export async function createBlank(api: Api, name: string): Promise<void> {
  try {
    const { id } = await api.invoke('journeys.create', { name });
    navigate({ kind: 'journey', id });
  } catch (err) {
    failed('Creating the journey', err);
  }
}

export async function createFromLibrary(api: Api, libraryId: string): Promise<void> {
  try {
    const { id } = await api.invoke('journeys.createFromLibrary', { id: libraryId });
    navigate({ kind: 'journey', id });
  } catch (err) {
    failed('Creating the journey', err);
  }
}

export async function duplicateJourney(api: Api, id: string, open = true): Promise<void> {
  try {
    const copy = await api.invoke('journeys.duplicate', { id });
    showToast({ tone: 'info', text: `Duplicated as ${copy.id}.` });
    if (open) navigate({ kind: 'journey', id: copy.id });
  } catch (err) {
    failed('Duplicating', err);
  }
}

export async function renameJourney(api: Api, id: string, name: string): Promise<void> {
  await api
    .invoke('journeys.rename', { id, name })
    .catch((err: unknown) => failed('Renaming', err));
}

export async function setJourneyStatus(api: Api, id: string, status: JourneyStatus): Promise<void> {
  await api
    .invoke('journeys.setStatus', { id, status })
    .catch((err: unknown) => failed('Changing the status', err));
}

/** Deletes the journey; the toast's "Undo" saves it back as it was (its history starts anew). */
export async function deleteJourney(api: Api, id: string): Promise<void> {
  try {
    const { journey } = await api.invoke('journeys.get', { id });
    await api.invoke('journeys.delete', { id });
    if (window.location.hash.startsWith(`#/journeys/${encodeURIComponent(id)}`))
      navigate({ kind: 'home' });
    showToast(
      {
        tone: 'info',
        text: `Deleted “${journey.name}”.`,
        action: {
          label: 'Undo',
          run: () =>
            void api
              .invoke('journeys.save', { journey, summary: 'Restored after deletion' })
              .catch((err: unknown) => failed('Restoring', err)),
        },
      },
      10_000,
    );
  } catch (err) {
    failed('Deleting', err);
  }
}
