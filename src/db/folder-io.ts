// Reads and writes a workspace folder on disk as the map of relative path →
// text that src/model/folder.ts parses. Writing goes through a temporary
// folder renamed into place, so an export is never left half-written.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { FolderFiles } from '../model/folder.ts';

/** Folders of the format whose files are read; anything else is left alone. */
const formatFolders = ['journeys', 'templates', 'segments', 'personas'];

export class FolderReadError extends Error {
  readonly folder: string;
  constructor(folder: string, message: string) {
    super(message);
    this.name = 'FolderReadError';
    this.folder = folder;
  }
}

/** Reads `workspace.json` and the format's sub-folders. Missing sub-folders mean none. */
export async function readFolderFiles(folder: string): Promise<FolderFiles> {
  const root = resolve(folder);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(root);
  } catch {
    throw new FolderReadError(
      root,
      `${root}: no such folder. Give the path of a workspace folder.`,
    );
  }
  if (!info.isDirectory()) {
    throw new FolderReadError(
      root,
      `${root}: is a file, not a folder. Give the path of a workspace folder.`,
    );
  }
  const files: FolderFiles = new Map();
  const top = join(root, 'workspace.json');
  if (existsSync(top)) files.set('workspace.json', await readFile(top, 'utf8'));
  for (const sub of formatFolders) {
    const dir = join(root, sub);
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      if ((await stat(path)).isFile()) {
        files.set(relative(root, path).split(sep).join('/'), await readFile(path, 'utf8'));
      }
    }
  }
  return files;
}

/**
 * Writes the files as a workspace folder. The folder's format sub-folders and
 * workspace.json are replaced as a whole; other files in it are kept.
 */
export async function writeFolderFiles(folder: string, files: FolderFiles): Promise<void> {
  const root = resolve(folder);
  await mkdir(dirname(root), { recursive: true });
  const staging = `${root}.waymark-tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(staging, path);
    if (!target.startsWith(staging + sep))
      throw new Error(`refusing to write outside the folder: ${path}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
  }
  await mkdir(root, { recursive: true });
  for (const entry of ['workspace.json', ...formatFolders]) {
    const from = join(staging, entry);
    const to = join(root, entry);
    await rm(to, { recursive: true, force: true });
    if (existsSync(from)) await rename(from, to);
  }
  await rm(staging, { recursive: true, force: true });
}
