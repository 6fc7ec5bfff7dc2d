// The workspace validator: every rule of spec/FORMAT.md ("The command line
// contract") that a schema cannot say, reported all at once. `validate`, the
// folder import and the editor's badges all read these problems.
import { folderIds, type WorkspaceBundle } from '../bundle.ts';
import { type FolderFiles, readWorkspaceFolder } from '../folder.ts';
import type { Problem } from '../problem.ts';
import type { Checked } from './checked.ts';
import type { Names } from './context.ts';
import { checkCycles } from './cycles.ts';
import { checkEdges, checkReachable, checkTriggers } from './graph.ts';
import { checkNodeIds, checkWorkspaceIds } from './ids.ts';
import { checkedFolder } from './lenient-read.ts';
import { checkJourneyLiquid, checkSettingsLiquid, checkTemplates } from './liquid.ts';
import { checkNodeFields } from './nodes.ts';
import { checkJourneyReferences, checkSegmentReferences } from './references.ts';

export { takesTime } from './cycles.ts';
export { liquidError } from './liquid.ts';

/** The rules beyond the schemas, for a workspace already parsed. */
export function validateWorkspace(bundle: WorkspaceBundle): Problem[] {
  return checkBundle(bundle, {
    templates: new Set(bundle.templates.map((t) => t.id)),
    segments: new Set(bundle.segments.map((s) => s.id)),
  });
}

export type FolderValidation = {
  /** Present only when there is no error (warnings allowed): safe to store or run. */
  bundle?: WorkspaceBundle;
  /** Schema and semantic problems together, grouped by file. */
  problems: Problem[];
};

/**
 * Reads and checks a workspace folder: schema problems of every file and the
 * semantic problems of everything that can be read, all at once. A file that
 * fails its schema is still checked for what the broken parts do not touch.
 */
export function validateFolder(files: FolderFiles): FolderValidation {
  const read = readWorkspaceFolder(files);
  if (read.ok) {
    const problems = byFile([...read.problems, ...validateWorkspace(read.bundle)]);
    return hasErrors(problems) ? { problems } : { bundle: read.bundle, problems };
  }
  const semantic = read.partial
    ? checkBundle(checkedFolder(files, read.partial), namesInFolder(files))
    : [];
  return { problems: byFile([...read.problems, ...semantic]) };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

function checkBundle(bundle: Checked, names: Names): Problem[] {
  return [
    ...checkSettingsLiquid(bundle.settings),
    ...checkWorkspaceIds(bundle),
    ...bundle.journeys.flatMap((j) => [
      ...checkTriggers(j),
      ...checkNodeIds(j),
      ...checkNodeFields(j),
      ...checkEdges(j),
      ...checkReachable(j),
      ...checkCycles(j),
      ...checkJourneyReferences(j, names),
      ...checkJourneyLiquid(j),
    ]),
    ...checkTemplates(bundle.templates),
    ...checkSegmentReferences(bundle.segments, names),
  ];
}

/** Templates and segments by their file names, whether or not their content is valid. */
function namesInFolder(files: FolderFiles): Names {
  const templates = new Set<string>();
  const segments = new Set<string>();
  for (const file of files.keys()) {
    const template = folderIds.template(file);
    const segment = folderIds.segment(file);
    if (template !== undefined) templates.add(template);
    if (segment !== undefined) segments.add(segment);
  }
  return { templates, segments };
}

/** Problems of one file together, files in code-point order, each file's in the order found. */
function byFile(problems: Problem[]): Problem[] {
  const order = (f: string) => (f === 'workspace.json' ? '' : f);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const fa = order(a.p.file);
      const fb = order(b.p.file);
      return fa < fb ? -1 : fa > fb ? 1 : a.i - b.i;
    })
    .map(({ p }) => p);
}
