// What a journey or segment names must exist: templates, segments, and the
// email nodes that `email` conditions point at. Segments that name each
// other in a loop could never be evaluated, so they are reported too.
import { folderPaths } from '../bundle.ts';
import type { Problem } from '../problem.ts';
import {
  allIdsRead,
  type CheckedJourney,
  type CheckedNode,
  type CheckedSegment,
  kindOf,
} from './checked.ts';
import { type Located, walkCondition } from './conditions.ts';
import { field, type Names, problemIn, problemInJourney } from './context.ts';
import { nodesById } from './graph.ts';

/** Each condition of a journey: condition nodes and `settings.exitWhen`. */
function journeyConditions(journey: CheckedJourney): Located[] {
  const found: Located[] = [];
  journey.nodes.forEach((node, i) => {
    if (node.type === 'condition') found.push(...walkCondition(node.if, ['nodes', i, 'if']));
  });
  (journey.settings?.exitWhen ?? []).forEach((c, k) => {
    found.push(...walkCondition(c, ['settings', 'exitWhen', k]));
  });
  return found;
}

function missingSegment(segment: string): string {
  return `names no segment: add segments/${segment}.segment.json or name an existing segment.`;
}

export function checkJourneyReferences(journey: CheckedJourney, names: Names): Problem[] {
  const problems: Problem[] = [];
  journey.nodes.forEach((node, i) => {
    if (node.type === 'email' && !names.templates.has(node.template)) {
      problems.push(
        problemInJourney(
          journey,
          'error',
          ['nodes', i, 'template'],
          `names no template: add templates/${node.template}.mjml or pick an existing template.`,
          { value: node.template },
        ),
      );
    }
    if (node.type === 'trigger' && node.on === 'segment' && !names.segments.has(node.segment)) {
      problems.push(
        problemInJourney(journey, 'error', ['nodes', i, 'segment'], missingSegment(node.segment), {
          value: node.segment,
        }),
      );
    }
  });
  const byId = nodesById(journey);
  const idsRead = allIdsRead(journey);
  for (const { kind, condition, path } of journeyConditions(journey)) {
    const segment = field(condition, 'segment');
    if (kind === 'segment' && typeof segment === 'string' && !names.segments.has(segment)) {
      problems.push(
        problemInJourney(journey, 'error', [...path, 'segment'], missingSegment(segment), {
          value: segment,
        }),
      );
    }
    const node = field(condition, 'node');
    if (kind === 'email' && typeof node === 'string') {
      const message = emailNodeMistake(byId.get(node), idsRead);
      if (message !== undefined) {
        problems.push(
          problemInJourney(journey, 'error', [...path, 'node'], message, { value: node }),
        );
      }
    }
  }
  return problems;
}

/**
 * What is wrong with the node an `email` condition names, if anything. A node
 * whose id or type did not parse may be the one meant: then nothing is said.
 */
function emailNodeMistake(target: CheckedNode | undefined, idsRead: boolean): string | undefined {
  if (target === undefined) {
    return idsRead
      ? 'names no node of this journey: name one of its email nodes, or leave "node" out to mean any of its emails.'
      : undefined;
  }
  const kind = kindOf(target);
  if (kind === undefined || kind === 'email') return undefined;
  return `is a ${kind} node, not an email node: name an email node of this journey, or leave "node" out to mean any of its emails.`;
}

export function checkSegmentReferences(segments: CheckedSegment[], names: Names): Problem[] {
  const problems: Problem[] = [];
  for (const s of segments) {
    const file = folderPaths.segment(s.id);
    for (const { kind, condition, path } of walkCondition(s.condition, ['condition'])) {
      const segment = field(condition, 'segment');
      if (kind === 'segment' && typeof segment === 'string' && !names.segments.has(segment)) {
        problems.push(
          problemIn(file, 'error', [...path, 'segment'], missingSegment(segment), {
            value: segment,
          }),
        );
      }
      const node = field(condition, 'node');
      if (kind === 'email' && typeof node === 'string') {
        problems.push(
          problemIn(
            file,
            'warning',
            [...path, 'node'],
            'is ignored: a segment belongs to no journey, so its email conditions count the emails of every journey. Remove "node".',
            { value: node },
          ),
        );
      }
    }
  }
  return [...problems, ...segmentCycles(segments)];
}

/** Segments whose conditions name each other in a loop: membership could never be decided. */
function segmentCycles(segments: CheckedSegment[]): Problem[] {
  const uses = new Map<string, string[]>();
  for (const s of segments) {
    const named = walkCondition(s.condition, []).flatMap(({ kind, condition }) => {
      const segment = field(condition, 'segment');
      return kind === 'segment' && typeof segment === 'string' ? [segment] : [];
    });
    uses.set(s.id, named);
  }
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const s of [...segments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (reported.has(s.id)) continue;
    const loop = loopFrom(s.id, uses);
    if (!loop) continue;
    for (const id of loop) reported.add(id);
    const shown = [...loop, s.id].join(' → ');
    problems.push(
      problemIn(
        folderPaths.segment(s.id),
        'error',
        ['condition'],
        `is part of a cycle of segments (${shown}): a segment cannot depend on itself; change one of these conditions.`,
        { value: shown },
      ),
    );
  }
  return problems;
}

/** A path of segments from `start` back to itself, `start` first; depth first. */
function loopFrom(start: string, uses: Map<string, string[]>): string[] | undefined {
  const visited = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const next of uses.get(id) ?? []) {
      if (next === start) return path;
      if (visited.has(next)) continue;
      visited.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}
