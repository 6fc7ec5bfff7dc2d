// What every rule of the validator shares: the names a reference may point
// at, and one way to build a problem located in a file of the workspace.
import { folderPaths } from '../bundle.ts';
import { jsonPath, type Problem, type Severity } from '../problem.ts';
import type { CheckedJourney } from './checked.ts';

/**
 * The templates and segments that exist. From a folder these come from the
 * file names, so a segment whose file has a schema error is not reported
 * missing a second time by every journey that names it.
 */
export type Names = { templates: ReadonlySet<string>; segments: ReadonlySet<string> };

export type Detail = { value?: string; node?: string };

/** A problem in any file of the workspace. */
export function problemIn(
  file: string,
  severity: Severity,
  path: readonly PropertyKey[],
  message: string,
  detail: Detail = {},
): Problem {
  const problem: Problem = { severity, file, path: jsonPath(path), message };
  if (detail.value !== undefined) problem.value = detail.value;
  if (detail.node !== undefined) problem.node = detail.node;
  return problem;
}

/** A problem in a journey's file, carrying the journey and node for the canvas's badges. */
export function problemInJourney(
  journey: CheckedJourney,
  severity: Severity,
  path: readonly PropertyKey[],
  message: string,
  detail: Detail = {},
): Problem {
  const node = detail.node ?? nodeAt(journey, path);
  const problem = problemIn(folderPaths.journey(journey.id), severity, path, message, {
    ...detail,
    ...(node === undefined ? {} : { node }),
  });
  problem.journey = journey.id;
  return problem;
}

function nodeAt(journey: CheckedJourney, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return undefined;
  return journey.nodes[path[1]]?.id;
}

/** A field of an object read without knowing its type (conditions, loose fields). */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** Node ids joined for a message: `"a", "b" and "c"`. */
export function quoteList(items: readonly string[]): string {
  const quoted = items.map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
