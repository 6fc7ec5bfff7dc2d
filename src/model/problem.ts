// A problem found in a workspace: what `validate`, import and the editor's
// badges all report. Every problem names the file, the JSON path and what to do.

export type Severity = 'error' | 'warning';

export type Problem = {
  severity: Severity;
  /** The file as in the folder format, e.g. `journeys/welcome.journey.json`. */
  file: string;
  /** A JSON path into that file, e.g. `$.nodes[2].for`; `$` for the whole file. */
  path: string;
  /** The offending value or id, when there is one. */
  value?: string;
  /** A sentence saying what is wrong and what to do. */
  message: string;
  /** The journey and node a problem belongs to, for badges on the canvas. */
  journey?: string;
  node?: string;
};

/** `$.nodes[2].for` from `['nodes', 2, 'for']`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** One line per problem, as the command line prints them. */
export function formatProblem(p: Problem): string {
  const value = p.value === undefined ? '' : ` (${p.value})`;
  return `${p.severity}: ${p.file} ${p.path}${value}: ${p.message}`;
}
