// What the app simulates: the stored workspace exported in the folder format
// and one of its persona sets, checked exactly as `waymark simulate` checks a
// folder and a persona file, so the app and the command play the same input.
// Runs in the simulation worker and in the host (step-by-step sessions).

import type { WorkspaceBundle } from '../model/bundle.ts';
import { folderPaths } from '../model/bundle.ts';
import type { FolderFiles } from '../model/folder.ts';
import type { PersonasFile } from '../model/personas.ts';
import type { Problem } from '../model/problem.ts';
import { hasErrors, validateFolder } from '../model/validate/index.ts';
import { checkPersonas } from './personas.ts';

export type RunRequest = {
  personaSet: string;
  /** Overrides the persona set's seed, start and horizon. */
  seed?: number;
  start?: string;
  horizon?: string;
  /** Leave cohort members out of the per-persona output (`--summary`). */
  summary?: boolean;
};

export type SimulationSource = {
  bundle: WorkspaceBundle;
  personas: PersonasFile;
  /** The persona file's name in the folder, for located problems. */
  personasFile: string;
  seed: number | undefined;
  summary: boolean;
};

/** Why the input cannot be played; `code` matches the API's error codes. */
export type InputFailure = {
  code: 'invalid-workspace' | 'bad-input' | 'not-found';
  message: string;
  problems: Problem[];
};

export type LoadResult =
  | { ok: true; source: SimulationSource }
  | { ok: false; failure: InputFailure };

export function loadSimulationSource(files: FolderFiles, request: RunRequest): LoadResult {
  const validation = validateFolder(files);
  if (!validation.bundle || hasErrors(validation.problems)) {
    const problems = validation.problems.filter((p) => p.severity === 'error');
    return fail(
      'invalid-workspace',
      'The workspace has problems: fix them, then simulate.',
      problems,
    );
  }
  const bundle = validation.bundle;
  const personasFile = folderPaths.personaSet(request.personaSet);
  const set = bundle.personaSets.find((s) => s.name === request.personaSet);
  if (!set) return fail('not-found', `There is no persona set "${request.personaSet}".`, []);
  // The stored object as read (unknown fields kept), with the run's overrides.
  const personas: PersonasFile = {
    ...set.file,
    ...(request.start !== undefined ? { start: request.start } : {}),
    ...(request.horizon !== undefined ? { horizon: request.horizon } : {}),
  };
  const problems = checkPersonas(bundle, personas, personasFile).filter(
    (p) => p.severity === 'error',
  );
  if (problems.length > 0) {
    return fail('bad-input', `${personasFile} cannot be played against this workspace.`, problems);
  }
  return {
    ok: true,
    source: {
      bundle,
      personas,
      personasFile,
      seed: request.seed,
      summary: request.summary === true,
    },
  };
}

function fail(code: InputFailure['code'], message: string, problems: Problem[]): LoadResult {
  const lines = problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
  return {
    ok: false,
    failure: { code, message: [message, ...lines].join('\n'), problems },
  };
}
