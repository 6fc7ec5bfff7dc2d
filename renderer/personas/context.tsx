// The persona set being edited, given to every cell: its value at a path,
// how to change it, and the problems the core reported, by JSON path.
import { createContext, useContext } from 'react';
import type { PersonasFile } from '../../src/model';
import type { Problem } from '../api/errors';
import type { Path } from './edit';

export type SetEditor = {
  draft: PersonasFile;
  problems: Problem[];
  update: (path: Path, value: unknown) => void;
  change: (edit: (draft: PersonasFile) => PersonasFile) => void;
};

export const SetEditorContext = createContext<SetEditor | null>(null);

export function useSetEditor(): SetEditor {
  const editor = useContext(SetEditorContext);
  if (!editor) throw new Error('useSetEditor() needs a SetEditorContext provider above it.');
  return editor;
}
