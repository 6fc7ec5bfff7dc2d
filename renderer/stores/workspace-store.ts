// The workspace summary behind the sidebar: made by a factory (one store per
// window, testable without React), provided by context, refreshed whenever
// the core says the workspace changed.
import { createContext, useContext } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';
import type { OutputOf } from '../../src/api/client';
import type { Api } from '../api/api';
import { type ApiClientError, toApiClientError } from '../api/errors';

export type WorkspaceSummary = OutputOf<'workspace.summary'>;

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiClientError }
  | { status: 'ready'; data: T };

export type WorkspaceState = {
  summary: Loadable<WorkspaceSummary>;
  load: () => Promise<void>;
  /** Stops listening for pushed changes. */
  dispose: () => void;
};

export function createWorkspaceStore(api: Api): StoreApi<WorkspaceState> {
  let generation = 0;
  const store = createStore<WorkspaceState>((set, get) => ({
    summary: { status: 'loading' },
    load: async () => {
      const mine = ++generation;
      try {
        const data = await api.invoke('workspace.summary', {});
        if (mine === generation) set({ summary: { status: 'ready', data } });
      } catch (err) {
        // Keep showing the last good list if a refresh fails.
        if (mine === generation && get().summary.status !== 'ready') {
          set({ summary: { status: 'error', error: toApiClientError(err) } });
        }
      }
    },
    dispose: () => {},
  }));
  const unsubscribe = api.on('workspace.changed', () => {
    void store.getState().load();
  });
  store.setState({ dispose: unsubscribe });
  return store;
}

export const WorkspaceStoreContext = createContext<StoreApi<WorkspaceState> | null>(null);

export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  const store = useContext(WorkspaceStoreContext);
  if (!store) throw new Error('useWorkspace() needs a WorkspaceStoreContext provider above it.');
  return useStore(store, selector);
}
