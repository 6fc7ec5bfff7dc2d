// Step by step: pick a persona set (and, if wanted, another start, horizon
// or seed), start, then move the selected persona one step, to its next
// email, to a breakpoint or to the end. The canvas shows where everyone is
// and the selected persona's path; the timeline says why each thing happened.
import { useMemo, useState } from 'react';
import { useApi } from '../api/context';
import { ErrorState } from '../components/ErrorState';
import { TabList } from '../components/TabList';
import { useInvoke } from '../hooks/use-invoke';
import { journeysTouched, personaNode, sessionDecorations } from './decorations';
import { PersonaSetPicker, useJourneyNames, useWorkspaceZone } from './PersonaSetPicker';
import { PersonaSide } from './PersonaSide';
import { SimCanvas } from './SimCanvas';
import { SimClock } from './SimClock';
import { Breakpoints, StepperButtons } from './StepperButtons';
import type { StepMode } from './types';
import { rememberedSet, useSession } from './use-session';
import { useShortcuts } from './use-shortcuts';

export function StepPanel({ initialSet, active = true }: { initialSet: string; active?: boolean }) {
  const zone = useWorkspaceZone();
  const api = useApi();
  const [personaSet, setPersonaSet] = useState(() => rememberedSet(api) ?? initialSet);
  const [start, setStart] = useState('');
  const [horizon, setHorizon] = useState('');
  const [seed, setSeed] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const session = useSession();
  const { breakpoints, setBreakpoints } = session;
  const names = useJourneyNames();
  const set = useInvoke('personas.get', { name: personaSet || 'none' });
  const file = set.status === 'ready' ? set.data.file : null;
  const started = session.sessionId !== null;

  const begin = () =>
    void session.start({
      personaSet,
      ...(start.trim() ? { start: start.trim() } : {}),
      ...(horizon.trim() ? { horizon: horizon.trim() } : {}),
      ...(seed.trim() ? { seed: Number(seed) } : {}),
    });
  const move = (mode: StepMode) => started && void session.advance(mode);
  useShortcuts(
    {
      '.': () => move('step'),
      n: () => move('nextEmail'),
      b: () => move('breakpoint'),
      e: () => move('end'),
      r: () => started && void session.reset(),
    },
    active,
  );

  const selected = session.snapshot?.personas.find((p) => p.id === session.persona);
  const about = file?.personas?.find((p) => p.id === session.persona)?.description;
  const description = typeof about === 'string' ? about : null;
  const journeys = journeysTouched(session.snapshot);
  const following =
    selected?.runs[0]?.journey ?? selected?.path.nodes.at(-1)?.journey ?? journeys[0] ?? null;
  // Before anyone enters a journey, show the one the set is named after (the
  // starter's sets are), so breakpoints can be set before the first step.
  const fallback = names.has(personaSet) ? personaSet : ([...names.keys()][0] ?? null);
  const journey = picked ?? following ?? fallback;
  const decorations = useMemo(
    () => (journey ? sessionDecorations(journey, session.snapshot, session.persona) : {}),
    [journey, session.snapshot, session.persona],
  );
  const toggle = (node: string) => {
    if (!journey) return;
    setBreakpoints((all) =>
      all.some((b) => b.journey === journey && b.node === node)
        ? all.filter((b) => !(b.journey === journey && b.node === node))
        : [...all, { journey, node }],
    );
  };

  return (
    <div className="sim-step">
      <div className="sim-toolbar" role="toolbar" aria-label="Session">
        <PersonaSetPicker value={personaSet} onChange={setPersonaSet} />
        <label className="sim-field">
          <span>Start</span>
          <input
            value={start}
            onChange={(e) => setStart(e.target.value)}
            placeholder={file?.start ?? 'as in the set'}
            size={20}
            aria-label="Start instant (ISO, UTC)"
          />
        </label>
        <label className="sim-field">
          <span>Horizon</span>
          <input
            value={horizon}
            onChange={(e) => setHorizon(e.target.value)}
            placeholder={file?.horizon ?? 'P30D'}
            size={7}
          />
        </label>
        <label className="sim-field">
          <span>Seed</span>
          <input
            value={seed}
            onChange={(e) => setSeed(e.target.value.replace(/[^0-9-]/g, ''))}
            placeholder={String(file?.seed ?? 0)}
            size={5}
            inputMode="numeric"
          />
        </label>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!personaSet || session.busy}
          onClick={begin}
        >
          {started ? 'Restart' : 'Start'}
        </button>
        <span className="sim-toolbar-gap" />
        <SimClock now={session.snapshot?.now ?? null} timeZone={zone} />
      </div>
      <div className="sim-statusline">
        <StepperButtons
          enabled={started && !session.busy}
          over={session.snapshot?.done === true}
          onMove={move}
          onReset={() => void session.reset()}
        />
        <label className="sim-field sim-inline">
          <span>Journey</span>
          <select
            aria-label="Journey shown"
            value={journey ?? ''}
            onChange={(e) => setPicked(e.target.value)}
          >
            {[...names].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {session.snapshot?.done && <span className="chip">Simulation over</span>}
        {session.busy && <span className="muted">Working…</span>}
        <Breakpoints
          list={breakpoints}
          onRemove={(b) => setBreakpoints((all) => all.filter((x) => x !== b))}
        />
      </div>
      {session.error && (
        <ErrorState
          title="The simulator stopped"
          message={session.error.message}
          problems={session.error.problems}
        />
      )}
      <div className="sim-step-body">
        <div className="sim-stage">
          {journeys.length > 1 && (
            <TabList
              className="sim-journey-tabs"
              label="Journeys"
              tabs={journeys.map((j) => ({ id: j, label: names.get(j) ?? j }))}
              selected={journey ?? ''}
              onSelect={setPicked}
            />
          )}
          {journey ? (
            <SimCanvas
              journey={journey}
              decorations={decorations}
              breakpoints={breakpoints.filter((b) => b.journey === journey).map((b) => b.node)}
              onToggleNode={toggle}
              focusNodeId={personaNode(journey, session.snapshot, session.persona)}
              focusKey={`${session.persona ?? ''}@${session.snapshot?.now ?? ''}`}
            />
          ) : (
            <div className="sim-stage-empty">
              <p>
                {started
                  ? 'No journey yet: step until a persona enters one.'
                  : 'Choose a persona set and press Start. Then step with “.”, jump to the next email with “n”.'}
              </p>
            </div>
          )}
          {journey && (
            <p className="sim-hint">
              {started
                ? 'Click a node to set or clear a breakpoint.'
                : 'Press Start, then step with “.” or jump to the next email with “n”. Click a node to set a breakpoint.'}
            </p>
          )}
        </div>
        <PersonaSide
          session={session}
          journey={journey}
          journeyName={journey ? (names.get(journey) ?? journey) : null}
          description={description}
          timeZone={zone}
          names={names}
        />
      </div>
    </div>
  );
}
