// `waymark validate <workspace folder> [--json]`: every problem of a workspace
// folder, one line each, then a summary. Exit codes follow spec/FORMAT.md:
// 0 valid (warnings allowed), 1 errors, 2 the folder cannot be read at all.
import { parseArgs } from 'node:util';
import { FolderReadError, readFolderFiles } from '../db/folder-io.ts';
import { formatProblem, type Problem } from '../model/problem.ts';
import { hasErrors, validateFolder } from '../model/validate/index.ts';
import { argsErrorText } from './args-error.ts';
import { type Command, commands } from './commands.ts';

/** Where a command writes: the console in use, plain arrays in tests. */
export type Output = { out: (line: string) => void; err: (line: string) => void };

const consoleOutput: Output = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

const usage = commands.validate.usage;

const help = `Usage: ${usage}

Checks every file of a workspace folder against its schema and the rules of
the format: one trigger per journey, edges and ports, reachable nodes,
templates and segments that exist, unique ids, durations, clock times and
timezones, split weights, cycles that take no time, and Liquid that parses
and includes no other template.

Prints one line per problem (file, JSON path, value, what to do), then a
summary. Exit code: 0 valid (warnings allowed), 1 errors, 2 the folder
cannot be read.

Options:
  --json    print {"valid", "errors", "warnings", "problems"} as JSON instead
  --help    show this help`;

/** `2 errors and 1 warning`, `no problems`: the end of a report. */
export function summarize(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (problems.length === 0) return 'no problems';
  if (warnings === 0) return count(errors, 'error');
  if (errors === 0) return count(warnings, 'warning');
  return `${count(errors, 'error')} and ${count(warnings, 'warning')}`;
}

/** The lines `validate` prints for problems; `simulate` prints the same ones. */
export function problemLines(folder: string, problems: readonly Problem[]): string[] {
  const verdict = hasErrors(problems) ? 'is not valid' : 'is valid';
  return [...problems.map(formatProblem), `${folder} ${verdict}: ${summarize(problems)}.`];
}

export async function validateCommand(args: string[], output: Output): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    output.err(argsErrorText('validate', err));
    output.err(`Usage: ${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    output.out(help);
    return 0;
  }
  const [folder, ...extra] = parsed.positionals;
  if (folder === undefined || extra.length > 0) {
    output.err(`waymark validate: give exactly one workspace folder.\nUsage: ${usage}`);
    return 2;
  }
  let files: Awaited<ReturnType<typeof readFolderFiles>>;
  try {
    files = await readFolderFiles(folder);
  } catch (err) {
    if (!(err instanceof FolderReadError) && !isFileSystemError(err)) throw err;
    output.err(`waymark validate: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const { problems } = validateFolder(files);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (parsed.values.json) {
    const report = { valid: errors === 0, errors, warnings: problems.length - errors, problems };
    output.out(JSON.stringify(report, null, 2));
  } else {
    for (const line of problemLines(folder, problems)) output.out(line);
  }
  return errors > 0 ? 1 : 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
}

/** A file the folder holds but that cannot be read (permissions, a folder named like a file). */
function isFileSystemError(err: unknown): err is Error {
  return err instanceof Error && 'code' in err && typeof err.code === 'string';
}

export const runValidate: Command = {
  run: (args) => validateCommand(args, consoleOutput),
};
