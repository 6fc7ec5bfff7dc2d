// Live execution will drive the engine one instant at a time through
// `createEffectEngine`, with timers it keeps itself; the simulator drives the
// same engine through its agenda. This plays the starter personas both ways
// and asks for the same emails, suppressions, runs and final profile, so
// "what a simulation shows is what a live journey does" is checked, not
// assumed. (Personas with reactions are the simulator's alone: a live
// profile's opens and clicks come from the world.)
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileWorkspace } from '../engine/compile.ts';
import { createEffectEngine, type EngineInput } from '../engine/effects.ts';
import { createProfileState } from '../engine/state.ts';
import { formatInstant } from '../engine/time.ts';
import type { TraceEntry } from '../engine/types.ts';
import type { WorkspaceBundle } from '../model/bundle.ts';
import { readWorkspaceFolder } from '../model/folder.ts';
import type { PersonasFile } from '../model/personas.ts';
import { createTemplateRenderer, engineSubjectRenderer } from '../template/index.ts';
import { simulateWorkspace } from './index.ts';
import { type PersonaGroup, personaGroups, simulationEnd } from './personas.ts';
import { folderFiles } from './scenarios/harness.ts';
import { journey, line, persona, personasFile, workspace } from './test-kit.ts';

const starterDir = fileURLToPath(new URL('../../resources/starter/', import.meta.url));

/** What both drivers are compared on, as readable lines. */
type Played = {
  emails: string[];
  suppressed: string[];
  runs: string[];
  profile: unknown;
  /** Every decision and its reason, as the trace words it. */
  trace: string[];
};

const traceLine = (t: TraceEntry) => `${t.at} ${t.kind} ${t.text}`;

type Pending = { at: number; cls: 0 | 2; seq: number; input: EngineInput };

/** One persona played as live execution would: inputs grouped by instant, timers kept here. */
function playOneInstantAtATime(
  bundle: WorkspaceBundle,
  file: PersonasFile,
  group: PersonaGroup,
): Played {
  const ws = compileWorkspace(bundle, { mode: 'simulate' });
  const { start, end } = simulationEnd(bundle, file);
  const { apply } = createEffectEngine({
    ws,
    seed: file.seed ?? 0,
    origin: start,
    renderer: engineSubjectRenderer(createTemplateRenderer(bundle)),
  });
  const state = createProfileState(ws, group.id, { ...group.profile }, true);
  const played: Played = { emails: [], suppressed: [], runs: [], profile: null, trace: [] };
  const runs = new Map<
    number,
    { journey: string; entered: string; exited: string | null; reason: string }
  >();
  // The set-up goes with the first instant's events, in one call: the look at
  // segments it asks for at once comes after them (spec: timers after events).
  let pending: Pending[] = [{ at: start, cls: 0, seq: -1, input: { init: true } }];
  let seq = 0;
  for (const ev of group.script) {
    if (ev.at > end) continue;
    const input = { event: { name: ev.name, properties: ev.properties } };
    pending.push({ at: Math.max(ev.at, start), cls: 0, seq: seq++, input });
  }
  const record = (fx: ReturnType<typeof apply>) => {
    played.trace.push(...fx.trace.map(traceLine));
    for (const m of fx.emails) {
      played.emails.push(`${formatInstant(m.at)} ${m.journey}/${m.node} "${m.subject}" ${m.to}`);
    }
    for (const s of fx.suppressed) {
      played.suppressed.push(`${formatInstant(s.at)} ${s.journey}/${s.node} ${s.reason}`);
    }
    for (const r of fx.entered) {
      runs.set(r.run, {
        journey: r.journey,
        entered: formatInstant(r.at),
        exited: null,
        reason: 'horizon',
      });
    }
    for (const r of fx.exited) {
      const run = runs.get(r.run);
      if (run) Object.assign(run, { exited: formatInstant(r.at), reason: r.reason });
    }
    for (const t of fx.timers) {
      if (t.at <= end) pending.push({ at: t.at, cls: 2, seq: seq++, input: { timer: t.timer } });
    }
  };
  while (pending.length > 0) {
    pending.sort((a, b) => a.at - b.at || a.cls - b.cls || a.seq - b.seq);
    const at = pending[0]?.at ?? end;
    const due = pending.filter((p) => p.at === at);
    pending = pending.filter((p) => p.at !== at);
    record(
      apply(
        state,
        at,
        due.map((p) => p.input),
      ),
    );
  }
  played.runs = [...runs.values()].map(
    (r) => `${r.journey} ${r.entered} → ${r.exited} ${r.reason}`,
  );
  played.profile = state.profile;
  return played;
}

function playBySimulator(bundle: WorkspaceBundle, file: PersonasFile, id: string): Played {
  const { output, trace } = simulateWorkspace({ bundle, personas: file });
  const p = output.personas.find((x) => x.id === id);
  if (!p) throw new Error(`the simulator did not list ${id}`);
  return {
    emails: p.emails.map((m) => `${m.at} ${m.journey}/${m.node} "${m.subject}" ${m.to}`),
    suppressed: p.suppressed.map((s) => `${s.at} ${s.journey}/${s.node} ${s.reason}`),
    runs: p.runs.map((r) => `${r.journey} ${r.entered} → ${r.exited} ${r.reason}`),
    profile: p.profile,
    trace: (trace[id] ?? []).map(traceLine),
  };
}

let bundle: WorkspaceBundle;

beforeAll(() => {
  const read = readWorkspaceFolder(folderFiles(starterDir));
  if (!read.ok) throw new Error('the starter workspace does not read');
  bundle = read.bundle;
});

describe('the engine one instant at a time agrees with the simulator', () => {
  it('on every starter persona without reactions', () => {
    let compared = 0;
    let emails = 0;
    for (const set of bundle.personaSets) {
      for (const persona of set.file.personas ?? []) {
        if ((persona.reactions ?? []).length > 0) continue;
        const file: PersonasFile = { ...set.file, personas: [persona], cohorts: [] };
        const group = personaGroups(bundle, file)[0];
        if (!group) throw new Error(`no group for ${persona.id}`);
        const live = playOneInstantAtATime(bundle, file, group);
        expect(live, `${set.name}/${persona.id}`).toEqual(
          playBySimulator(bundle, file, persona.id),
        );
        compared++;
        emails += live.emails.length;
      }
    }
    // Enough of the starter's journeys to mean something.
    expect(compared).toBeGreaterThanOrEqual(10);
    expect(emails).toBeGreaterThanOrEqual(30);
  });
});

describe('a timer the engine sets for the instant being applied', () => {
  // `vip` waits for an event with no time to wait (a timeout of PT0S): its
  // timer is due at once. Woken before the other runs advance, its email
  // takes the day's one send by priority, as the simulator's agenda does;
  // woken after them (on the caller's next call), `news` would take it.
  const capped = workspace(
    [
      journey(
        'vip',
        [
          { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
          { id: 'wf', type: 'waitFor', event: 'never_happens', timeout: 'PT0S' },
          { id: 'e1', type: 'email', template: 'vip-1', subject: 'VIP' },
        ],
        [
          ['start', 'wf'],
          ['wf', 'e1', 'timeout'],
        ],
        { priority: 10 },
      ),
      line(
        'news',
        [
          { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
          { id: 'e1', type: 'email', template: 'news-1', subject: 'News' },
        ],
        { priority: 0 },
      ),
    ],
    { settings: { timezone: 'UTC', frequencyCap: { max: 1, per: 'P1D' } } },
  );
  const file = personasFile([persona('ana', [{ at: '+PT0S', name: 'signed_up' }])]);

  it('wakes before the other runs advance, and is no effect left for the caller', () => {
    const group = personaGroups(capped, file)[0];
    if (!group) throw new Error('no group');
    const live = playOneInstantAtATime(capped, file, group);
    expect(live.emails).toEqual(['2026-03-02T09:00:00Z vip/e1 "VIP" ana@example.com']);
    expect(live.suppressed).toEqual(['2026-03-02T09:00:00Z news/e1 frequency-cap']);
    expect(live).toEqual(playBySimulator(capped, file, 'ana'));
  });
});
