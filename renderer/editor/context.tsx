// The editor store reaches the canvas, the inspector and the panels through
// context: one store per open journey.
import { createContext, useContext } from 'react';
import type { TemporalState } from 'zundo';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editor-store';

export const EditorStoreContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditor() needs an EditorStoreContext provider above it.');
  return store;
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

export function useHistory<T>(
  selector: (state: TemporalState<{ journey: EditorState['journey'] }>) => T,
): T {
  return useStore(useEditorStore().temporal, selector);
}
