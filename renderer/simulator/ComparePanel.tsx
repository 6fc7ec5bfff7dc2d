// Compare: the same personas against a journey at two revisions; what
// differs per node and per email, and which personas' emails changed.
import { useEffect, useState } from 'react';
import { useApi } from '../api/context';
import { type ApiClientError, toApiClientError } from '../api/errors';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { useInvoke } from '../hooks/use-invoke';
import { useWorkspace } from '../stores/workspace-store';
import { DiffSection } from './DiffSection';
import { PersonaSetPicker } from './PersonaSetPicker';
import type { Comparison } from './types';

type State =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'error'; error: ApiClientError }
  | { status: 'done'; data: Comparison };

export function ComparePanel({ initialSet }: { initialSet: string }) {
  const api = useApi();
  const summary = useWorkspace((s) => s.summary);
  const journeys = summary.status === 'ready' ? summary.data.journeys : [];
  const [journey, setJourney] = useState('');
  const [personaSet, setPersonaSet] = useState(initialSet);
  const [a, setA] = useState(0);
  const [b, setB] = useState(0);
  const [state, setState] = useState<State>({ status: 'idle' });
  const chosen = journey || journeys[0]?.id || '';
  const revisions = useInvoke('journeys.revisions', { id: chosen || 'none' });
  const list = revisions.status === 'ready' ? revisions.data.revisions : [];
  useEffect(() => {
    const newest = list[0]?.revision ?? 0;
    const older = list[1]?.revision ?? newest;
    setA(older);
    setB(newest);
  }, [list]);

  const compare = async () => {
    setState({ status: 'running' });
    try {
      const data = await api.invoke('simulation.compare', {
        journey: chosen,
        revisionA: a,
        revisionB: b,
        personaSet,
      });
      setState({ status: 'done', data });
    } catch (err) {
      setState({ status: 'error', error: toApiClientError(err) });
    }
  };

  const revisionSelect = (label: string, value: number, onChange: (n: number) => void) => (
    <label className="sim-field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {list.map((r) => (
          <option key={r.revision} value={r.revision}>
            {r.revision}
            {r.summary ? ` · ${r.summary}` : ''}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="sim-compare">
      <div className="sim-toolbar" role="toolbar" aria-label="Compare">
        <label className="sim-field">
          <span>Journey</span>
          <select aria-label="Journey" value={chosen} onChange={(e) => setJourney(e.target.value)}>
            {journeys.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        {revisionSelect('Revision A', a, setA)}
        {revisionSelect('Revision B', b, setB)}
        <PersonaSetPicker value={personaSet} onChange={setPersonaSet} />
        <button
          type="button"
          className="btn btn-primary"
          disabled={!chosen || a === 0 || b === 0 || !personaSet || state.status === 'running'}
          onClick={() => void compare()}
        >
          Compare
        </button>
      </div>
      {list.length === 1 && (
        <p className="muted sim-note">
          This journey has one revision so far: edit it, then compare the two.
        </p>
      )}
      {state.status === 'running' && <Loading label="Simulating both revisions…" />}
      {state.status === 'error' && (
        <ErrorState title="The comparison failed" message={state.error.message} />
      )}
      {state.status === 'done' && <CompareResult data={state.data} />}
    </div>
  );
}

function CompareResult({ data }: { data: Comparison }) {
  return (
    <div className="page-inner wide">
      <DiffSection
        title={
          <>
            Nodes reached, revision {data.revisionA} → {data.revisionB}
          </>
        }
        empty="Every node was reached as often in both."
        headers={['Journey / node']}
        rows={data.nodes}
      />
      <DiffSection
        title="Emails sent"
        empty="The same emails went out in both."
        headers={['Email', 'Subject']}
        rows={data.emails}
        extraCells={(e) => <td>{e.subject}</td>}
      >
        <p className="muted">
          {data.personasChanged.toLocaleString('en')} personas received different emails.
        </p>
      </DiffSection>
    </div>
  );
}
