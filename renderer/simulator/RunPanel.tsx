// A whole persona set (cohorts of thousands) against every journey that is
// not paused, in the host's worker: progress, cancel, then the counts of each
// journey over its canvas, exits by reason, conversions, a funnel, and an
// overview of all journeys.
import { useMemo, useState } from 'react';
import { ErrorState } from '../components/ErrorState';
import { TabList } from '../components/TabList';
import { countDecorations } from './decorations';
import { EmailPreviewPanel, type PreviewTarget } from './EmailPreviewPanel';
import { ExitBars } from './ExitBars';
import { FunnelChart } from './FunnelChart';
import { OverviewTable } from './OverviewTable';
import { PersonaSetPicker, useWorkspaceZone } from './PersonaSetPicker';
import { Recipients } from './Recipients';
import { SimCanvas } from './SimCanvas';
import type { JourneyAggregate } from './types';
import type { useRun } from './use-run';

type Props = { run: ReturnType<typeof useRun>; initialSet: string };

export function RunPanel({ run, initialSet }: Props) {
  const [personaSet, setPersonaSet] = useState(initialSet);
  const [seed, setSeed] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  // An email node of the shown journey whose recipients are listed, and one of them opened.
  const [email, setEmail] = useState<{ runId: string; journey: string; node: string } | null>(null);
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  const zone = useWorkspaceZone();
  const { state } = run;
  const running = state.status === 'running';
  // Busiest journeys first; ties in the core's (id) order.
  const journeys =
    state.status === 'done'
      ? [...state.result.aggregates.journeys].sort((a, b) => b.entered - a.entered)
      : [];
  const busiest = journeys[0];
  const aggregate = journeys.find((j) => j.journey === picked) ?? busiest;
  const runId = state.status === 'done' ? state.runId : null;
  const shownEmail =
    email && email.runId === runId && email.journey === aggregate?.journey
      ? aggregate.funnel.find((f) => f.node === email.node)
      : undefined;
  const shownNode = shownEmail?.node ?? null;
  const decorations = useMemo(
    () => (aggregate ? countDecorations(aggregate, shownNode) : {}),
    [aggregate, shownNode],
  );
  const pickEmail = (node: string) => {
    if (!runId || !aggregate?.funnel.some((f) => f.node === node)) return;
    setPreview(null);
    setEmail({ runId, journey: aggregate.journey, node });
  };
  const closeEmail = () => {
    setPreview(null);
    setEmail(null);
  };

  return (
    <div className="sim-run">
      <div className="sim-toolbar" role="toolbar" aria-label="Run">
        <PersonaSetPicker value={personaSet} onChange={setPersonaSet} />
        <label className="sim-field">
          <span>Seed</span>
          <input
            value={seed}
            onChange={(e) => setSeed(e.target.value.replace(/[^0-9-]/g, ''))}
            placeholder="as in the set"
            size={10}
          />
        </label>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!personaSet || running}
          onClick={() => void run.run(personaSet, seed.trim() ? Number(seed) : undefined)}
        >
          Run simulation
        </button>
        <button type="button" className="btn" disabled={!running} onClick={() => void run.cancel()}>
          Cancel
        </button>
        <RunStatus state={state} />
      </div>
      {state.status === 'failed' && (
        <ErrorState
          title="The simulation did not finish"
          message={state.error.message}
          problems={state.error.problems}
        />
      )}
      {state.status === 'running' && (
        <div className="sim-stage-empty">
          <p>
            Simulating every journey that is not paused, in the background: the app stays usable,
            and the counts appear here when the run ends.
          </p>
        </div>
      )}
      {state.status === 'cancelled' && (
        <div className="sim-stage-empty">
          <p>The run was cancelled; nothing was kept. Run it again when you are ready.</p>
        </div>
      )}
      {state.status === 'idle' && (
        <div className="sim-stage-empty">
          <p>
            Runs every journey that is not paused against the whole persona set, cohorts included,
            and lays the counts over each journey.
          </p>
        </div>
      )}
      {state.status === 'done' && aggregate && (
        <div className="sim-run-body">
          <div className="sim-run-top">
            <div className="sim-stage">
              <TabList
                className="sim-journey-tabs"
                label="Journeys"
                tabs={journeys.map((j) => ({
                  id: j.journey,
                  label: (
                    <>
                      {j.name} <span className="muted">{j.entered.toLocaleString('en')}</span>
                    </>
                  ),
                }))}
                selected={aggregate.journey}
                onSelect={setPicked}
              />
              <SimCanvas
                journey={aggregate.journey}
                decorations={decorations}
                onToggleNode={pickEmail}
              />
              <p className="sim-hint">Click an email to see who received it.</p>
            </div>
            <aside className="sim-side" aria-label="Journey results">
              {shownEmail && runId && preview && (
                <EmailPreviewPanel
                  target={preview}
                  timeZone={zone}
                  onClose={() => setPreview(null)}
                  backLabel="Recipients"
                />
              )}
              {shownEmail && runId && !preview && (
                <Recipients
                  runId={runId}
                  journey={aggregate.journey}
                  node={shownEmail.node}
                  subject={shownEmail.subject}
                  timeZone={zone}
                  onOpen={setPreview}
                  onClose={closeEmail}
                />
              )}
              {!shownEmail && <JourneyResults aggregate={aggregate} onPickEmail={pickEmail} />}
            </aside>
          </div>
          <section className="card sim-overview">
            <h2 className="card-title">Every journey</h2>
            <OverviewTable
              journeys={journeys}
              selected={aggregate.journey}
              onSelect={(id) => setPicked(id)}
            />
            <p className="muted">
              {state.result.stats.personas.toLocaleString('en')} personas,{' '}
              {state.result.stats.emails.toLocaleString('en')} emails,{' '}
              {state.result.stats.nodeSteps.toLocaleString('en')} node steps, simulated in{' '}
              {state.seconds.toFixed(1)} s.
            </p>
          </section>
        </div>
      )}
    </div>
  );
}

function RunStatus({ state }: { state: Props['run']['state'] }) {
  if (state.status === 'running') {
    const pct = state.total > 0 ? (state.done / state.total) * 100 : 0;
    return (
      <div className="sim-progress">
        <div
          className="sim-progress-track"
          role="progressbar"
          aria-label="Simulation progress"
          aria-valuemin={0}
          aria-valuemax={state.total || 100}
          aria-valuenow={state.done}
        >
          <div className="sim-progress-fill" style={{ width: `${pct}%` }} />
        </div>
        <span className="sim-progress-text">
          {state.total > 0 ? `${Math.round(pct)}% played` : 'Starting…'}
        </span>
      </div>
    );
  }
  if (state.status === 'cancelled') return <span className="chip">Cancelled</span>;
  if (state.status === 'done') return <span className="chip">Done</span>;
  return null;
}

function JourneyResults({
  aggregate,
  onPickEmail,
}: {
  aggregate: JourneyAggregate;
  onPickEmail: (node: string) => void;
}) {
  return (
    <>
      <div className="stats-row">
        <Stat label="Entered" value={aggregate.entered.toLocaleString('en')} />
        <Stat label="Conversions" value={aggregate.conversions.toLocaleString('en')} />
        <Stat label="Conversion rate" value={percent(aggregate.conversionRate)} />
      </div>
      <h3 className="section-title">Funnel</h3>
      <FunnelChart aggregate={aggregate} onPickEmail={onPickEmail} />
      <h3 className="section-title">Exits by reason</h3>
      <ExitBars exits={aggregate.exits} />
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat-card">
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

export function percent(n: number): string {
  return `${Math.round(n * 1000) / 10}%`;
}
