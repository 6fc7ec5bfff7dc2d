// simulation.*: whole-workspace runs in a worker thread (progress pushed as
// `progress`, the end as `simulation.done`), their results, counts and
// conflicts, emails as a persona received them, and revision comparison.
// Step-by-step sessions are in simulation-sessions.ts.
import { z } from 'zod';
import { getJourneyRevision } from '../db/journeys-repo.ts';
import { exportWorkspace } from '../db/workspace-io.ts';
import { type FolderFiles, folderPaths, readWorkspaceFolder, toJsonText } from '../model/index.ts';
import type { Journey } from '../model/journey.ts';
import type { Aggregates } from '../simulate/aggregates.ts';
import { loadSimulationSource, type SimulationSource } from '../simulate/app-input.ts';
import { type Comparison, compareOutputs } from '../simulate/compare.ts';
import type { Conflicts } from '../simulate/conflicts.ts';
import type { SimulationOutput, SimulationStats } from '../simulate/output.ts';
import { type EmailPreview, findSentMoment, renderSentEmail } from '../simulate/preview.ts';
import type { RunPayload } from '../simulate/worker/protocol.ts';
import { startSimulationJob } from '../simulate/worker/run-job.ts';
import { ApiError } from './errors.ts';
import { type HandlerContext, handler } from './handler.ts';
import { built, failureError, PersonaSetName, RunInput } from './simulation-shapes.ts';
import { type RunRecord, storeOf } from './simulation-store.ts';
import { query } from './wrap.ts';

const RunId = z.object({ runId: z.string() });
const byId = new Intl.Collator('en', { numeric: true });

function startRun(input: z.infer<typeof RunInput>, ctx: HandlerContext): RunRecord {
  const store = storeOf(ctx.services.db);
  const files = exportWorkspace(ctx.services.db);
  const id = store.nextId('run');
  const label = `Simulating ${input.personaSet}`;
  const job = startSimulationJob({ files: [...files], request: input }, (done, total) => {
    record.progress = { done, total };
    ctx.events('progress', { task: id, label, done, total });
  });
  const record: RunRecord = {
    id,
    request: input,
    files,
    status: 'running',
    progress: { done: 0, total: 0 },
    startedAt: Date.now(),
    job,
  };
  store.addRun(record);
  void job.outcome.then((outcome) => {
    record.outcome = outcome;
    record.finishedAt = Date.now();
    if (outcome.status === 'done') {
      record.status = 'done';
      record.payload = outcome.payload;
      ctx.events('simulation.done', { runId: id, ok: true });
    } else if (outcome.status === 'cancelled') {
      record.status = 'cancelled';
      ctx.events('simulation.done', {
        runId: id,
        ok: false,
        cancelled: true,
        error: 'The run was cancelled.',
      });
    } else {
      record.status = 'failed';
      const error = outcome.status === 'failed' ? outcome.failure.message : outcome.message;
      ctx.events('simulation.done', { runId: id, ok: false, error });
    }
  });
  return record;
}

/** The finished run's payload, or the error that says why there is none. */
function payloadOf(record: RunRecord): RunPayload {
  if (record.payload) return record.payload;
  const outcome = record.outcome;
  if (!outcome) throw new ApiError('conflict', `Run ${record.id} is still running.`);
  if (outcome.status === 'cancelled')
    throw new ApiError('cancelled', `Run ${record.id} was cancelled.`);
  if (outcome.status === 'failed') throw failureError(outcome.failure);
  if (outcome.status === 'error') throw new ApiError('internal', outcome.message);
  return outcome.payload;
}

/** The run's input, loaded once (for previews). */
function sourceOf(record: RunRecord): SimulationSource {
  if (record.source) return record.source;
  const loaded = loadSimulationSource(record.files, record.request);
  if (!loaded.ok) throw failureError(loaded.failure);
  record.source = loaded.source;
  return loaded.source;
}

export const simulationHandlers = {
  'simulation.run': query(
    handler({
      summary:
        'Starts simulating every journey that is not paused against a persona set, in a worker; returns at once. Progress comes as `progress` (task: runId), the end as `simulation.done`.',
      input: RunInput,
      output: RunId,
      run: (input, ctx) => ({ runId: startRun(input, ctx).id }),
    }),
  ),

  'simulation.status': handler({
    summary: 'Where a run is: running, done, failed or cancelled, and its progress.',
    input: RunId,
    output: z.object({
      runId: z.string(),
      status: z.enum(['running', 'done', 'failed', 'cancelled']),
      progress: z.object({ done: z.number(), total: z.number() }),
      error: z.string().optional(),
    }),
    run: ({ runId }, { services }) => {
      const r = storeOf(services.db).run(runId);
      const o = r.outcome;
      const error =
        o?.status === 'failed' ? o.failure.message : o?.status === 'error' ? o.message : undefined;
      return {
        runId,
        status: r.status,
        progress: r.progress,
        ...(error !== undefined ? { error } : {}),
      };
    },
  }),

  'simulation.result': handler({
    summary:
      'A finished run: the simulation output (as `waymark simulate --json`), per-journey counts (reached and share per node, exits by reason, conversions and rate, funnel) and engine figures. `personas: false` leaves the per-persona list out.',
    input: RunId.extend({ personas: z.boolean().optional() }),
    output: z.object({
      runId: z.string(),
      output: built<SimulationOutput>(),
      aggregates: built<Aggregates>(),
      stats: built<SimulationStats>(),
    }),
    run: ({ runId, personas }, { services }) => {
      const p = payloadOf(storeOf(services.db).run(runId));
      return {
        runId,
        output: personas === false ? { ...p.output, personas: [] } : p.output,
        aggregates: p.aggregates,
        stats: p.stats,
      };
    },
  }),

  'simulation.recipients': handler({
    summary:
      'Who received an email node of a journey in a finished run: the first `limit` personas by id (numbers in ids compared as numbers; 20 unless told), each with the moment and subject of their first such email, and how many received it in all.',
    input: RunId.extend({
      journey: z.string(),
      node: z.string(),
      limit: z.number().int().positive().max(500).optional(),
    }),
    output: z.object({
      total: z.number(),
      personas: z.array(z.object({ id: z.string(), at: z.string(), subject: z.string() })),
    }),
    run: ({ runId, journey, node, limit }, { services }) => {
      const { output } = payloadOf(storeOf(services.db).run(runId));
      const all: { id: string; at: string; subject: string }[] = [];
      for (const p of output.personas) {
        const email = p.emails.find((e) => e.journey === journey && e.node === node);
        if (email) all.push({ id: p.id, at: email.at, subject: email.subject });
      }
      // By id, numbers as numbers: new-signups-2 before new-signups-10.
      all.sort((a, b) => byId.compare(a.id, b.id));
      return { total: all.length, personas: all.slice(0, limit ?? 20) };
    },
  }),

  'simulation.cancel': handler({
    summary: 'Stops a run: its worker is terminated and it ends as cancelled.',
    input: RunId,
    output: z.object({ cancelled: z.boolean() }),
    run: ({ runId }, { services }) => {
      const r = storeOf(services.db).run(runId);
      if (r.status !== 'running') return { cancelled: false };
      r.job.cancel();
      return { cancelled: true };
    },
  }),

  'simulation.conflicts': handler({
    summary:
      'Personas who were in two journeys at once, and every email held or skipped by quiet hours or the frequency cap, with the journeys whose emails filled the cap.',
    input: RunId,
    output: built<Conflicts>(),
    run: ({ runId }, { services }) => payloadOf(storeOf(services.db).run(runId)).conflicts,
  }),

  'simulation.preview': handler({
    summary:
      'An email exactly as a persona received it in a run or session: subject, HTML, text, to and from, rendered with the profile and triggering event of that moment.',
    input: z
      .object({
        runId: z.string().optional(),
        sessionId: z.string().optional(),
        persona: z.string(),
        journey: z.string(),
        node: z.string(),
        at: z.string().optional(),
      })
      .refine((v) => (v.runId === undefined) !== (v.sessionId === undefined), {
        message: 'give either runId or sessionId',
      }),
    output: built<EmailPreview>(),
    run: async (input, { services }) => {
      const store = storeOf(services.db);
      const source =
        input.sessionId !== undefined
          ? store.session(input.sessionId).source
          : sourceOf(store.run(input.runId ?? ''));
      const moment = findSentMoment(source, input);
      if (!moment) {
        throw new ApiError(
          'not-found',
          `${input.persona} received no email from ${input.journey}/${input.node}${input.at ? ` at ${input.at}` : ''} in this simulation.`,
        );
      }
      return renderSentEmail(source.bundle, moment);
    },
  }),

  'simulation.compare': query(
    handler({
      summary:
        'Plays the same personas against the workspace with a journey at two revisions, and lists per-node, per-email and per-persona differences.',
      input: z.object({
        journey: z.string(),
        revisionA: z.number().int().positive(),
        revisionB: z.number().int().positive(),
        personaSet: PersonaSetName,
        seed: z.number().int().optional(),
      }),
      output: built<Comparison & { journey: string; revisionA: number; revisionB: number }>(),
      run: async (input, { services, signal }) => {
        const files = exportWorkspace(services.db);
        const atRevision = (revision: number) => {
          const { journey } = getJourneyRevision(services.db, input.journey, revision);
          const copy = new Map(files);
          copy.set(folderPaths.journey(input.journey), toJsonText(journey));
          return { journey, files: copy };
        };
        const a = atRevision(input.revisionA);
        const b = atRevision(input.revisionB);
        const request = {
          personaSet: input.personaSet,
          ...(input.seed !== undefined ? { seed: input.seed } : {}),
        };
        const jobs = [a, b].map((side) => startSimulationJob({ files: [...side.files], request }));
        const stop = () => {
          for (const j of jobs) j.cancel();
        };
        signal.addEventListener('abort', stop, { once: true });
        const outcomes = await Promise.all(jobs.map((j) => j.outcome));
        signal.removeEventListener('abort', stop);
        const outputs = outcomes.map((o) => {
          if (o.status === 'done') return o.payload.output;
          if (o.status === 'failed') throw failureError(o.failure);
          if (o.status === 'cancelled')
            throw new ApiError('cancelled', 'The comparison was cancelled.');
          throw new ApiError('internal', o.message);
        });
        const [outA, outB] = outputs;
        if (!outA || !outB) throw new ApiError('internal', 'a side of the comparison is missing');
        return {
          journey: input.journey,
          revisionA: input.revisionA,
          revisionB: input.revisionB,
          ...compareOutputs(journeysOf(a.files), journeysOf(b.files), outA, outB),
        };
      },
    }),
  ),
};

/** The journeys of a folder's files (for their email nodes' templates and subjects). */
function journeysOf(files: FolderFiles): Journey[] {
  const read = readWorkspaceFolder(files);
  return read.ok ? read.bundle.journeys : (read.partial?.journeys ?? []);
}
