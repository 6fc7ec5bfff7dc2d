// Personas and cohorts as the simulator plays them: scripted events put on
// the timeline (`+DURATION` after start, or an instant), reactions compiled,
// cohort members numbered (`<cohort>-<n>`, `<cohort>-<n>@example.invalid`).
// Members of one cohort share their script and reactions, not their state.

import {
  getZone,
  type ParsedDuration,
  parseDuration,
  parseInstant,
  plusDuration,
  type Zone,
} from '../engine/time.ts';
import { asJsonObject, type JsonObject } from '../engine/values.ts';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { PersonasFile, Reaction, ScriptedEvent } from '../model/personas.ts';
import { jsonPath, type Problem } from '../model/problem.ts';

export type ScriptedInput = {
  at: number;
  name: string;
  /** The name's event kind (`personaGroups`' `kindOf`). */
  kind: number;
  properties: JsonObject;
};

/** An event name's kind in the workspace played (`internEventKind`); -1 when not asked. */
export type KindOf = (name: string) => number;
const noKinds: KindOf = () => -1;

export type CompiledReaction = {
  index: number;
  event: string;
  /** The kind of `event`, the name reacted to. */
  on: number;
  where: JsonObject | undefined;
  name: string;
  /** The kind of `name`, the event made. */
  kind: number;
  properties: JsonObject;
  after: ParsedDuration;
  chance: number;
  /** An `email_*` event: it copies `journey`, `node` and `template` from the event it answers. */
  copiesEmail: boolean;
  /** Whether `properties` has no keys. */
  ownEmpty: boolean;
};

/** One persona, or one cohort shared by its members. */
export type PersonaGroup = {
  /** Persona id; the cohort id for a cohort. */
  id: string;
  cohort: boolean;
  count: number;
  profile: JsonObject;
  script: ScriptedInput[];
  reactions: CompiledReaction[];
};

/** Whether a reaction filters `email_sent` on its subject. */
export function reactionsReadSentSubject(groups: readonly PersonaGroup[]): boolean {
  return groups.some((g) =>
    g.reactions.some(
      (r) => r.event === 'email_sent' && r.where !== undefined && 'subject' in r.where,
    ),
  );
}

export function simulationEnd(
  bundle: WorkspaceBundle,
  file: PersonasFile,
): { start: number; end: number; zone: Zone } {
  const zone = getZone(bundle.settings.timezone);
  const start = parseInstant(file.start);
  return { start, end: plusDuration(zone, start, parseDuration(file.horizon)), zone };
}

function scriptAt(at: string, start: number, zone: Zone): number {
  return at.startsWith('+')
    ? plusDuration(zone, start, parseDuration(at.slice(1)))
    : parseInstant(at);
}

function compileReactions(list: Reaction[] | undefined, kindOf: KindOf): CompiledReaction[] {
  return (list ?? []).map((r, index) => {
    const name = typeof r.then === 'string' ? r.then : r.then.name;
    const properties = typeof r.then === 'string' ? {} : (r.then.properties ?? {});
    return {
      index,
      event: r.when.event,
      on: kindOf(r.when.event),
      where: r.when.where,
      name,
      kind: kindOf(name),
      properties,
      after: parseDuration(r.after),
      chance: r.chance ?? 1,
      copiesEmail: name.startsWith('email_'),
      ownEmpty: Object.keys(properties).length === 0,
    };
  });
}

/**
 * The groups to play, in file order: personas, then cohorts. Event names get
 * their kinds from `kindOf` (the simulator's workspace numbers them all).
 */
export function personaGroups(
  bundle: WorkspaceBundle,
  file: PersonasFile,
  kindOf: KindOf = noKinds,
): PersonaGroup[] {
  const { start, zone: workspaceZone } = simulationEnd(bundle, file);
  // `+P1D` is a day on the persona's own calendar (spec: "Durations").
  const script = (events: ScriptedEvent[] | undefined, timezone: unknown) =>
    (events ?? [])
      .map((e) => ({
        at: scriptAt(
          e.at,
          start,
          getZone(typeof timezone === 'string' ? timezone : undefined, workspaceZone),
        ),
        name: e.name,
        kind: kindOf(e.name),
        properties: e.properties ?? {},
      }))
      // Stable: events at one instant keep the order given.
      .sort((a, b) => a.at - b.at);
  const groups: PersonaGroup[] = [];
  for (const p of file.personas ?? []) {
    groups.push({
      id: p.id,
      cohort: false,
      count: 1,
      profile: asJsonObject({ ...p.profile }),
      script: script(p.events, p.profile.timezone),
      reactions: compileReactions(p.reactions, kindOf),
    });
  }
  for (const c of file.cohorts ?? []) {
    groups.push({
      id: c.id,
      cohort: true,
      count: c.count,
      profile: asJsonObject({ ...(c.profile ?? {}) }),
      script: script(c.events, c.profile?.timezone),
      reactions: compileReactions(c.reactions, kindOf),
    });
  }
  return groups;
}

/** Whether a cohort's template gives its members an id or address (most give neither). */
export function namesMembers(group: PersonaGroup): boolean {
  return group.profile.id != null || group.profile.email != null;
}

/**
 * A cohort member's profile: the template with its generated id and address
 * unless given. A caller making many members passes `named`, worked out once:
 * templates differ in shape, so reading theirs per member is a slow lookup.
 */
export function memberProfile(
  group: PersonaGroup,
  n: number,
  id = `${group.id}-${n}`,
  named = namesMembers(group),
): JsonObject {
  if (!named) return { ...group.profile, id, email: `${id}@example.invalid` };
  return {
    ...group.profile,
    id: group.profile.id ?? id,
    email: group.profile.email ?? `${id}@example.invalid`,
  };
}

/**
 * Input problems that make a persona file unusable with this workspace, each
 * located by file and JSON path: events before the start, duplicate persona
 * ids, reactions filtering on a journey, node or template the workspace lacks.
 * Events after the end are only a warning: they never happen.
 */
export function checkPersonas(
  bundle: WorkspaceBundle,
  file: PersonasFile,
  fileName: string,
): Problem[] {
  const problems: Problem[] = [];
  const { start, end } = simulationEnd(bundle, file);
  const journeys = new Map(bundle.journeys.map((j) => [j.id, new Set(j.nodes.map((n) => n.id))]));
  const templates = new Set(bundle.templates.map((t) => t.id));
  const ids = new Set<string>();
  const problem = (
    severity: Problem['severity'],
    path: (string | number)[],
    value: string,
    message: string,
  ) => problems.push({ severity, file: fileName, path: jsonPath(path), value, message });
  const checkGroup = (
    kind: 'personas' | 'cohorts',
    i: number,
    events: { at: string }[] | undefined,
    reactions: Reaction[] | undefined,
  ) => {
    (events ?? []).forEach((ev, k) => {
      const at = ev.at.startsWith('+') ? start : parseInstant(ev.at);
      if (at < start)
        problem(
          'error',
          [kind, i, 'events', k, 'at'],
          ev.at,
          `is before the simulation's start (${file.start}): move it to the start or later.`,
        );
      else if (!ev.at.startsWith('+') && at > end)
        problem(
          'warning',
          [kind, i, 'events', k, 'at'],
          ev.at,
          'is after the simulation ends, so it never happens: lengthen the horizon or move it earlier.',
        );
    });
    (reactions ?? []).forEach((r, k) => {
      const where = r.when.where ?? {};
      const journey = where.journey;
      if (journey !== undefined && (typeof journey !== 'string' || !journeys.has(journey))) {
        problem(
          'error',
          [kind, i, 'reactions', k, 'when', 'where', 'journey'],
          String(journey),
          'names no journey of this workspace: use the id of one of its journeys.',
        );
      }
      const node = where.node;
      if (node !== undefined) {
        const inJourney = typeof journey === 'string' ? journeys.get(journey) : undefined;
        const known =
          typeof node === 'string' &&
          (inJourney ? inJourney.has(node) : [...journeys.values()].some((s) => s.has(node)));
        if (!known)
          problem(
            'error',
            [kind, i, 'reactions', k, 'when', 'where', 'node'],
            String(node),
            'names no node of that journey: use the id of one of its email nodes.',
          );
      }
      const template = where.template;
      if (template !== undefined && (typeof template !== 'string' || !templates.has(template))) {
        problem(
          'error',
          [kind, i, 'reactions', k, 'when', 'where', 'template'],
          String(template),
          'names no template of this workspace: use the id of one of its templates.',
        );
      }
    });
  };
  (file.personas ?? []).forEach((p, i) => {
    if (ids.has(p.id))
      problem(
        'error',
        ['personas', i, 'id'],
        p.id,
        'is used by another persona: give each persona its own id.',
      );
    ids.add(p.id);
    checkGroup('personas', i, p.events, p.reactions);
  });
  (file.cohorts ?? []).forEach((c, i) => {
    for (const id of ids) {
      const m = /^(.*)-(\d+)$/.exec(id);
      if (m && m[1] === c.id && Number(m[2]) >= 1 && Number(m[2]) <= c.count) {
        problem(
          'error',
          ['cohorts', i, 'id'],
          c.id,
          `makes the member id ${id}, which a persona already has: rename one of them.`,
        );
      }
    }
    checkGroup('cohorts', i, c.events, c.reactions);
  });
  return problems;
}
