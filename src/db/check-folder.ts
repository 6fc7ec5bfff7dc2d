// The one check an import passes before anything is stored: every file parses
// and matches its schema. Returns the bundle (parsed) and all problems at once.
import { type FolderFiles, type ReadResult, readWorkspaceFolder } from '../model/folder.ts';

export function checkFolder(files: FolderFiles): ReadResult {
  return readWorkspaceFolder(files);
}
