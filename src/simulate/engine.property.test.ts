// Properties of the engine over random small workspaces and personas
// (src/simulate/scenarios/random-workspace.ts): what must hold for every
// journey, not just the worked examples. Runs are kept few and horizons
// short so the suite stays fast.
import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../model/nodes.ts';
import { simulateWorkspace } from './index.ts';
import {
  type CheckedOutput,
  type CheckedPersona,
  SimulationOutputShape,
} from './scenarios/harness.ts';
import { type RandomCase, randomCase, START } from './scenarios/random-workspace.ts';
import { createSimulation, type SimulationInput } from './simulation.ts';

const numRuns = 100;

function simulate(c: RandomCase): { json: string; out: CheckedOutput } {
  const { output } = simulateWorkspace({ bundle: c.bundle, personas: c.personas });
  const json = JSON.stringify(output);
  return { json, out: SimulationOutputShape.parse(JSON.parse(json)) };
}

const ms = (instant: string) => Date.parse(instant);

/** The instant of a persona's first scripted `unsubscribed` event, if any. */
function firstUnsubscribe(c: RandomCase, personaId: string): number | undefined {
  const persona = c.personas.personas?.find((p) => p.id === personaId);
  const start = ms(START);
  const times = (persona?.events ?? [])
    .filter((e) => e.name === 'unsubscribed')
    .map((e) => start + Duration.fromISO(e.at.slice(1)).toMillis());
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** The case's personas, each also as a cohort of `members` (none when 0), after them in the file. */
function withCohorts(c: RandomCase, members: number): RandomCase['personas'] {
  if (members === 0) return c.personas;
  const cohorts = (c.personas.personas ?? []).map(({ id, profile, events, reactions }) => {
    const { email: _email, ...template } = profile;
    return { id: `cohort-${id}`, count: members, profile: template, events, reactions };
  });
  return { ...c.personas, cohorts };
}

describe('engine properties', () => {
  it('same input and seed give byte-identical output', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const first = simulate(c).json;
        // A deep copy: nothing may depend on object identity or on state left by the first run.
        const again = simulate(structuredClone(c)).json;
        expect(again).toBe(first);
      }),
      { numRuns },
    );
  });

  it('plays personas in blocks exactly as all together: profiles share no state', () => {
    // Everything the result holds, trace included.
    const everything = (input: SimulationInput, stepped: boolean) => {
      const sim = createSimulation(input);
      if (stepped) while (sim.step()) {}
      else sim.runToEnd();
      return JSON.stringify(sim.result());
    };
    fc.assert(
      fc.property(
        randomCase,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 5 }),
        (c, blockSize, members) => {
          // Cohorts larger than a block make runToEnd tour the groups (one
          // block of each first), out of file order.
          const input = { bundle: c.bundle, personas: withCohorts(c, members) };
          expect(everything({ ...input, blockSize }, false)).toBe(everything(input, true));
        },
      ),
      { numRuns },
    );
  });

  it('counts the same in summary mode, where cohort members are played untraced', () => {
    // Untraced profiles skip what only a trace would show (membership of
    // segments no journey starts on, with their re-check timers). Blocks
    // smaller than the cohort make later members take over the profile
    // states of earlier ones (reuseProfileState): nothing may carry over.
    fc.assert(
      fc.property(
        randomCase,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (c, members, blockSize) => {
          const input = { bundle: c.bundle, personas: withCohorts(c, members) };
          const full = simulateWorkspace(input);
          const summary = simulateWorkspace({ ...input, summary: true, blockSize });
          expect(JSON.stringify(summary.output.journeys)).toBe(
            JSON.stringify(full.output.journeys),
          );
          const named = full.output.personas.filter((p) => !p.id.startsWith('cohort-'));
          expect(JSON.stringify(summary.output.personas)).toBe(JSON.stringify(named));
          expect(summary.stats.nodeSteps).toBe(full.stats.nodeSteps);
          expect(summary.stats.emails).toBe(full.stats.emails);
        },
      ),
      { numRuns },
    );
  });

  it('never has a profile twice in one journey at once', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        for (const p of simulate(c).out.personas) {
          const byJourney = Map.groupBy(p.runs, (r) => r.journey);
          for (const [journey, runs] of byJourney) {
            const sorted = [...runs].sort((x, y) => ms(x.entered) - ms(y.entered));
            for (let i = 1; i < sorted.length; i++) {
              const before = sorted[i - 1];
              const after = sorted[i];
              if (!before || !after) continue;
              expect(
                before.exited,
                `${p.id} ${journey}: a run still open when the next began`,
              ).not.toBeNull();
              expect(ms(before.exited ?? '')).toBeLessThanOrEqual(ms(after.entered));
            }
          }
        }
      }),
      { numRuns },
    );
  });

  it('sends no email after unsubscribed', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        for (const p of simulate(c).out.personas) {
          const at = firstUnsubscribe(c, p.id);
          if (at === undefined) continue;
          for (const e of p.emails)
            expect(ms(e.at), `${p.id} got ${e.journey}/${e.node}`).toBeLessThan(at);
        }
      }),
      { numRuns },
    );
  });

  it('never exceeds the cap with emails of journeys that respect it', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const cap = c.bundle.settings.frequencyCap;
        if (!cap) return;
        const per = Duration.fromISO(cap.per);
        const ignoring = new Set(
          c.bundle.journeys.filter((j) => j.settings?.frequencyCap === 'ignore').map((j) => j.id),
        );
        for (const p of simulate(c).out.personas) {
          const zone = personaZone(c, p);
          const counted = p.emails.filter((e) => !ignoring.has(e.journey)).map((e) => ms(e.at));
          for (const t of counted) {
            const from = DateTime.fromMillis(t, { zone }).minus(per).toMillis();
            const inWindow = counted.filter((u) => from < u && u <= t).length;
            expect(
              inWindow,
              `${p.id}: ${inWindow} emails in the ${cap.per} up to ${new Date(t).toISOString()}`,
            ).toBeLessThanOrEqual(cap.max);
          }
        }
      }),
      { numRuns },
    );
  });

  it('sends no email of a journey with quiet hours inside them, in the profile timezone', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const quiet = new Set(
          c.bundle.journeys.filter((j) => j.settings?.quietHours).map((j) => j.id),
        );
        for (const p of simulate(c).out.personas) {
          const zone = personaZone(c, p);
          for (const e of p.emails.filter((x) => quiet.has(x.journey))) {
            // Every generated quiet period is 21:00-08:00.
            const local = DateTime.fromMillis(ms(e.at), { zone });
            const minutes = local.hour * 60 + local.minute;
            expect(
              minutes >= 21 * 60 || minutes < 8 * 60,
              `${p.id} ${e.journey} at ${local.toISO()}`,
            ).toBe(false);
          }
        }
      }),
      { numRuns },
    );
  });

  it('ends every run open at an unsubscribe, then, as unsubscribed', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const { out } = simulate(c);
        for (const p of out.personas) {
          const at = firstUnsubscribe(c, p.id);
          // An unsubscribe after the end never happens (the horizon is counted
          // in the workspace's calendar days, so a clock change can end it
          // an hour before the same time of day).
          if (at === undefined || at > ms(out.end)) continue;
          for (const r of p.runs) {
            const open = ms(r.entered) < at && (r.exited === null || ms(r.exited) >= at);
            if (open)
              expect(`${r.exited} ${r.reason}`).toBe(
                `${new Date(at).toISOString().replace('.000Z', 'Z')} unsubscribed`,
              );
          }
        }
      }),
      { numRuns },
    );
  });

  it('agrees with itself: entries, conversions and reached counts match the runs and emails', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const { out } = simulate(c);
        for (const j of c.bundle.journeys) {
          const runs = out.personas.flatMap((p) => p.runs.filter((r) => r.journey === j.id));
          const counts = out.journeys[j.id];
          expect(counts?.entered).toBe(runs.length);
          // Generated goals end the run, so each conversion is a run that ended as `goal`.
          expect(counts?.conversions).toBe(runs.filter((r) => r.reason === 'goal').length);
          for (const n of j.nodes.filter((x) => x.type === 'email')) {
            const done = out.personas
              .flatMap((p) => [...p.emails, ...p.suppressed])
              .filter((e) => e.journey === j.id && e.node === n.id).length;
            // A held email is reached once and may still be held, or its run ended, at the horizon.
            expect(counts?.nodes[n.id]?.reached ?? 0).toBeGreaterThanOrEqual(done);
          }
        }
      }),
      { numRuns },
    );
  });

  it('sends every email from an email node on a path the profile took', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        for (const p of simulate(c).out.personas) {
          for (const e of p.emails) {
            const journey = c.bundle.journeys.find((j) => j.id === e.journey);
            const node: JourneyNode | undefined = journey?.nodes.find((n) => n.id === e.node);
            expect(node?.type, `${e.journey}/${e.node}`).toBe('email');
            if (node?.type === 'email') expect(e.template).toBe(node.template);
            const step = p.steps.find(
              (s) => s.journey === e.journey && s.node === e.node && s.at === e.at,
            );
            expect(step, `no step at ${e.journey}/${e.node} ${e.at}`).toBeDefined();
          }
          expectStepsFollowEdges(c, p);
        }
      }),
      { numRuns },
    );
  });
});

function personaZone(c: RandomCase, p: CheckedPersona): string {
  const tz = p.profile.timezone;
  return typeof tz === 'string' ? tz : c.bundle.settings.timezone;
}

/**
 * Each journey's steps, in order, chain along its edges: a step is either the
 * trigger (a new run) or the node the previous step's port leads to.
 */
function expectStepsFollowEdges(c: RandomCase, p: CheckedPersona): void {
  for (const journey of c.bundle.journeys) {
    const next = new Map(journey.edges.map((e) => [`${e.from}:${e.port ?? 'out'}`, e.to]));
    const trigger = journey.nodes.find((n) => n.type === 'trigger')?.id;
    let expected: string | undefined;
    for (const s of p.steps.filter((x) => x.journey === journey.id)) {
      if (s.node !== trigger && expected !== undefined) {
        expect(s.node, `${p.id} ${journey.id}: step after the edge`).toBe(expected);
      }
      expected = s.port === undefined ? undefined : next.get(`${s.node}:${s.port}`);
    }
  }
}
