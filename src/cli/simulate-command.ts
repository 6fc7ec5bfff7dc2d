// `waymark simulate <workspace folder> --personas <file> [--json] [--summary] [--seed N]`:
// plays the workspace's journeys against a persona file on a virtual clock.
// Exit codes (spec/FORMAT.md, "The command line contract"): 0 success, 1 the
// workspace is invalid (the same lines as `validate`), 2 unusable input.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { FolderReadError, readFolderFiles } from '../db/folder-io.ts';
import { parseJsonText } from '../model/folder.ts';
import { PersonasFile } from '../model/personas.ts';
import { formatProblem, type Problem } from '../model/problem.ts';
import { hasErrors, validateFolder } from '../model/validate/index.ts';
import { zodProblems } from '../model/zod-problems.ts';
import { tuneHeapForCohorts } from '../simulate/heap-tuning.ts';
import { checkPersonas, formatReport, outputJson, simulateWorkspace } from '../simulate/index.ts';
import { argsErrorText } from './args-error.ts';
import { type Command, commands } from './commands.ts';
import { type Output, problemLines } from './validate-command.ts';

const consoleOutput: Output = {
  out: (line) => process.stdout.write(line),
  err: (line) => console.error(line),
};

const usage = commands.simulate.usage;

const help = `Usage: ${usage}

Simulates every journey of the workspace that is not paused against the
personas and cohorts of a persona file (personas/v1), on a virtual clock from
the file's start to its horizon. Prints a readable report: per persona a
timeline of entries, emails with their subject, emails held by quiet hours or
the frequency cap (until when), suppressions and exits; per journey how many
entered, reached each node and converted.

Exit code: 0 success, 1 the workspace is invalid (printed like "validate"),
2 unusable input (a persona file that is not JSON, breaks its schema, or names
what the workspace lacks), located by file and JSON path.

Options:
  --personas <file>  the persona file to play (required)
  --json             print exactly the simulation output JSON on standard output
  --summary          leave cohort members out of the per-persona list
  --seed <N>         override the persona file's seed (an integer)
  --help             show this help`;

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      personas: { type: 'string' },
      json: { type: 'boolean' },
      summary: { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function printProblems(output: Output, problems: readonly Problem[]): void {
  for (const p of problems) output.err(formatProblem(p));
}

/** Reads and checks the persona file; problems are located by file and JSON path. */
async function readPersonas(
  file: string,
): Promise<{ ok: true; value: PersonasFile } | { ok: false; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          file,
          path: '$',
          message: `cannot be read (${reason}): give the path of a persona file.`,
        },
      ],
    };
  }
  const parsed = parseJsonText(file, text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const checked = PersonasFile.safeParse(parsed.value);
  if (!checked.success)
    return { ok: false, problems: zodProblems(file, checked.error, parsed.value) };
  // Keep the object as written (unknown fields included): it passed the schema.
  return { ok: true, value: parsed.value as PersonasFile };
}

export async function simulateCommand(args: string[], output: Output): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    output.err(argsErrorText('simulate', err));
    output.err(`Usage: ${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(`${help}\n`);
    return 0;
  }
  const [folder, ...extra] = positionals;
  if (folder === undefined || extra.length > 0 || values.personas === undefined) {
    output.err(
      `waymark simulate: give one workspace folder and --personas <file>.\nUsage: ${usage}`,
    );
    return 2;
  }
  let seed: number | undefined;
  if (values.seed !== undefined) {
    if (!/^-?\d+$/.test(values.seed) || !Number.isSafeInteger(Number(values.seed))) {
      output.err(`waymark simulate: --seed ${values.seed}: give an integer, such as --seed 42.`);
      return 2;
    }
    seed = Number(values.seed);
  }
  let files: Awaited<ReturnType<typeof readFolderFiles>>;
  try {
    files = await readFolderFiles(folder);
  } catch (err) {
    if (!(err instanceof FolderReadError) && !(err instanceof Error && 'code' in err)) throw err;
    output.err(`waymark simulate: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const validation = validateFolder(files);
  if (!validation.bundle || hasErrors(validation.problems)) {
    for (const line of problemLines(folder, validation.problems)) output.err(line);
    return 1;
  }
  // Warnings (an unreachable node, say) do not stop a simulation, but they
  // are shown as `validate` shows them: on standard error, beside the output.
  printProblems(output, validation.problems);
  const bundle = validation.bundle;
  const personas = await readPersonas(values.personas);
  if (!personas.ok) {
    printProblems(output, personas.problems);
    return 2;
  }
  const inputProblems = checkPersonas(bundle, personas.value, values.personas);
  printProblems(output, inputProblems);
  if (hasErrors(inputProblems)) return 2;
  tuneHeapForCohorts();
  const { output: result, trace } = simulateWorkspace({
    bundle,
    personas: personas.value,
    ...(seed !== undefined ? { seed } : {}),
    summary: values.summary === true,
  });
  output.out(
    values.json
      ? outputJson(result)
      : formatReport(result, trace, { timezone: bundle.settings.timezone }),
  );
  return 0;
}

export const runSimulate: Command = {
  run: (args) => simulateCommand(args, consoleOutput),
};
