// The benchmark's input: the starter workspace (every starter journey
// together) and its cohort persona file, scaled to N members in the file's own
// proportions, over the given number of simulated days.
import { resolve } from 'node:path';
import { readFolderFiles } from '../../src/db/folder-io.ts';
import type { WorkspaceBundle } from '../../src/model/bundle.ts';
import { readWorkspaceFolder } from '../../src/model/folder.ts';
import type { Cohort, PersonasFile } from '../../src/model/personas.ts';

export const starterFolder = resolve(import.meta.dirname, '../../resources/starter');

export type Workload = { bundle: WorkspaceBundle; personas: PersonasFile };

export async function loadWorkload(count: number, days: number): Promise<Workload> {
  const read = readWorkspaceFolder(await readFolderFiles(starterFolder));
  if (!read.ok) {
    throw new Error(
      `the starter workspace does not read:\n${read.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  const set = read.bundle.personaSets.find((s) => s.name === 'cohort');
  if (!set?.file.cohorts?.length)
    throw new Error('resources/starter/personas/cohort.personas.json has no cohorts');
  return {
    bundle: read.bundle,
    personas: {
      ...set.file,
      horizon: `P${days}D`,
      // Named personas are for reading one by one; the benchmark is cohorts only.
      personas: [],
      cohorts: scaleCohorts(set.file.cohorts, count),
    },
  };
}

/** Cohort sizes in the file's proportions, summing to `count` (empty cohorts dropped). */
export function scaleCohorts(cohorts: Cohort[], count: number): Cohort[] {
  const total = cohorts.reduce((sum, c) => sum + c.count, 0);
  const sizes = cohorts.map((c) => Math.floor((c.count * count) / total));
  let rest = count - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % sizes.length, rest--) sizes[i] = (sizes[i] ?? 0) + 1;
  return cohorts.flatMap((c, i) => ((sizes[i] ?? 0) > 0 ? [{ ...c, count: sizes[i] ?? 0 }] : []));
}
