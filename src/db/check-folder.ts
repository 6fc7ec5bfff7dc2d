// The one check an import passes before anything is stored: every file parses
// and matches its schema, and the workspace follows every rule of the format
// (the validator of `waymark validate`). All problems come back at once.
import type { FolderFiles, Problem, WorkspaceBundle } from '../model/index.ts';
import { validateFolder } from '../model/validate/index.ts';

export type FolderCheck =
  | { ok: true; bundle: WorkspaceBundle; problems: Problem[] }
  | { ok: false; problems: Problem[] };

export function checkFolder(files: FolderFiles): FolderCheck {
  const { bundle, problems } = validateFolder(files);
  return bundle ? { ok: true, bundle, problems } : { ok: false, problems };
}
