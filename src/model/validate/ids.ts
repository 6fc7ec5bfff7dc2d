// Ids must be unique where they are looked up: journeys, templates and
// segments in the workspace, nodes in a journey, personas and cohorts in a
// persona set. Each duplicate is reported where it appears the second time.
import { folderPaths } from '../bundle.ts';
import type { Problem } from '../problem.ts';
import type { Checked, CheckedJourney } from './checked.ts';
import { problemIn, problemInJourney } from './context.ts';

/** Indices of the items whose id appeared before them; an id not read repeats nothing. */
function repeats(ids: readonly (string | undefined)[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    if (id === undefined) return [];
    if (seen.has(id)) return [i];
    seen.add(id);
    return [];
  });
}

const unique = (what: string) =>
  `is used by another ${what} too: ids must be unique, so rename one of them.`;

export function checkWorkspaceIds(bundle: Checked): Problem[] {
  const problems: Problem[] = [];
  for (const i of repeats(bundle.journeys.map((j) => j.id))) {
    const id = bundle.journeys[i]?.id ?? '';
    problems.push(
      problemIn(folderPaths.journey(id), 'error', ['id'], unique('journey'), { value: id }),
    );
  }
  for (const i of repeats(bundle.templates.map((t) => t.id))) {
    const id = bundle.templates[i]?.id ?? '';
    problems.push(
      problemIn(folderPaths.template(id), 'error', [], unique('template'), { value: id }),
    );
  }
  for (const i of repeats(bundle.segments.map((s) => s.id))) {
    const id = bundle.segments[i]?.id ?? '';
    problems.push(
      problemIn(folderPaths.segment(id), 'error', ['id'], unique('segment'), { value: id }),
    );
  }
  for (const set of bundle.personaSets) {
    const file = folderPaths.personaSet(set.name);
    const personas = set.file.personas ?? [];
    const cohorts = set.file.cohorts ?? [];
    for (const i of repeats(personas.map((p) => p.id))) {
      const id = personas[i]?.id ?? '';
      problems.push(
        problemIn(file, 'error', ['personas', i, 'id'], unique('persona'), { value: id }),
      );
    }
    for (const i of repeats(cohorts.map((c) => c.id))) {
      const id = cohorts[i]?.id ?? '';
      problems.push(
        problemIn(file, 'error', ['cohorts', i, 'id'], unique('cohort'), { value: id }),
      );
    }
    // Cohort members are named `<cohort id>-<n>`: a persona must not take one of those names.
    personas.forEach((p, i) => {
      const owner = cohorts.find((c) => {
        const n = p.id.startsWith(`${c.id}-`) ? p.id.slice(c.id.length + 1) : '';
        return /^[1-9]\d*$/.test(n) && Number(n) <= c.count;
      });
      if (owner) {
        problems.push(
          problemIn(
            file,
            'error',
            ['personas', i, 'id'],
            `is also the id of a member of cohort "${owner.id}" (members are ${owner.id}-1 to ${owner.id}-${owner.count}): rename the persona.`,
            { value: p.id },
          ),
        );
      }
    });
  }
  return problems;
}

export function checkNodeIds(journey: CheckedJourney): Problem[] {
  return repeats(journey.nodes.map((n) => n.id)).map((i) =>
    problemInJourney(journey, 'error', ['nodes', i, 'id'], unique('node of this journey'), {
      value: journey.nodes[i]?.id,
    }),
  );
}
