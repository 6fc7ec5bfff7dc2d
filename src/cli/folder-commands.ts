// `waymark export` and `waymark import`: move a workspace between its SQLite
// database and the folder format, through the same API the app uses.

import { parseArgs } from 'node:util';
import { ApiError } from '../api/errors.ts';
import { DatabaseOpenError } from '../db/errors.ts';
import { createInProcessHost } from '../host/in-process.ts';
import { defaultDatabasePath } from '../host/paths.ts';
import { formatProblem } from '../model/problem.ts';
import { argsErrorText } from './args-error.ts';
import { type Command, commands } from './commands.ts';

type Io = { out: (line: string) => void; err: (line: string) => void };
const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

type Direction = 'export' | 'import';

function helpFor(direction: Direction): string {
  const what =
    direction === 'export'
      ? 'Writes the workspace in the database as a folder: workspace.json, journeys/,\ntemplates/, segments/ and personas/ (other files in the folder are kept).'
      : 'Replaces the workspace in the database with the folder. The folder is checked\nfirst: if anything is wrong, every problem is listed and nothing changes.';
  return `Usage: ${commands[direction].usage}

${what}

Options:
  --db PATH    the workspace database (default: ${defaultDatabasePath()})
  --help       show this help`;
}

/** Runs one direction; returns the exit code (0 done, 1 invalid folder, 2 unusable input). */
export async function folderCommand(
  direction: Direction,
  args: string[],
  io: Io = consoleIo,
): Promise<number> {
  const name = `waymark ${direction}`;
  let parsed: {
    values: { db?: string | undefined; help?: boolean | undefined };
    positionals: string[];
  };
  try {
    parsed = parseArgs({
      args,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    io.err(`${argsErrorText(direction, err)}\n\n${helpFor(direction)}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(helpFor(direction));
    return 0;
  }
  const [folder, ...extra] = parsed.positionals;
  if (folder === undefined || extra.length > 0) {
    io.err(`${name}: give exactly one workspace folder.\n\n${helpFor(direction)}`);
    return 2;
  }
  let host: Awaited<ReturnType<typeof createInProcessHost>>;
  try {
    host = await createInProcessHost({ dbPath: parsed.values.db ?? defaultDatabasePath() });
  } catch (err) {
    if (err instanceof DatabaseOpenError) {
      io.err(`${name}: ${err.message}`);
      return 2;
    }
    throw err;
  }
  try {
    if (direction === 'export') {
      const { path, files } = await host.invoke('workspace.exportToFolder', { path: folder });
      io.out(`Exported ${files} files from ${host.db.path} to ${path}.`);
    } else {
      const counts = await host.invoke('workspace.importFromFolder', { path: folder });
      io.out(
        `Imported ${folder} into ${host.db.path}: ${counts.journeys} journeys, ${counts.templates} templates, ${counts.segments} segments, ${counts.personaSets} persona sets.`,
      );
    }
    return 0;
  } catch (err) {
    const apiError = ApiError.from(err);
    for (const p of apiError.problems ?? []) io.err(formatProblem(p));
    io.err(`${name}: ${apiError.message}`);
    return apiError.code === 'invalid-workspace' ? 1 : 2;
  } finally {
    host.close();
  }
}

export const runExport: Command = {
  run: (args) => folderCommand('export', args),
};

export const runImport: Command = {
  run: (args) => folderCommand('import', args),
};
