// A persona set: when the simulation starts and how long it runs, a table of
// personas and one of cohorts.
import { useState } from 'react';
import type { Cohort, Persona } from '../../src/model';
import { ErrorState } from '../components/ErrorState';
import { UsersIcon } from '../components/icons';
import { Loading } from '../components/Loading';
import { TopBar } from '../components/TopBar';
import { formatDuration } from '../format/duration';
import { formatInstant } from '../format/time';
import { useInvoke } from '../hooks/use-invoke';
import { PersonaSetEditor } from '../personas/PersonaSetEditor';
import { navigate } from '../stores/route';

export function PersonasView({ name }: { name: string }) {
  const result = useInvoke(
    'personas.get',
    { name },
    (c) => c.kind === 'personas' && (c.id === undefined || c.id === name),
  );
  const [editing, setEditing] = useState(false);
  if (result.status === 'loading') return <Loading label="Opening the persona set…" />;
  if (result.status === 'error') {
    return (
      <ErrorState
        title="This persona set did not open"
        message={result.error.message}
        problems={result.error.problems}
        onRetry={result.reload}
      />
    );
  }
  const { file } = result.data;
  if (editing) {
    return <PersonaSetEditor name={name} file={file} onClose={() => setEditing(false)} />;
  }
  const personas = file.personas ?? [];
  const cohorts = file.cohorts ?? [];
  const members = cohorts.reduce((sum, c) => sum + c.count, 0);
  return (
    <div className="view">
      <TopBar
        icon={<UsersIcon size={16} />}
        kind="Persona sets"
        title={name}
        meta={`starts ${formatInstant(file.start)} UTC · runs ${formatDuration(file.horizon)}${file.seed !== undefined ? ` · seed ${file.seed}` : ''}`}
        actions={
          <>
            <button type="button" className="btn" onClick={() => navigate({ kind: 'simulator' })}>
              Simulate
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setEditing(true)}>
              Edit
            </button>
          </>
        }
      />
      <div className="view-body page">
        <div className="page-inner wide">
          <div className="stats-row">
            <div className="stat-card">
              <span className="stat-value">{personas.length}</span>
              <span className="stat-label">Personas</span>
            </div>
            <div className="stat-card">
              <span className="stat-value">{cohorts.length}</span>
              <span className="stat-label">Cohorts</span>
            </div>
            <div className="stat-card">
              <span className="stat-value">{members.toLocaleString()}</span>
              <span className="stat-label">Cohort members</span>
            </div>
            <div className="stat-card">
              <span className="stat-value">{formatDuration(file.horizon)}</span>
              <span className="stat-label">Horizon</span>
            </div>
          </div>
          <section className="card">
            <h2 className="card-title">Personas</h2>
            {personas.length === 0 ? (
              <p className="muted">No personas in this set.</p>
            ) : (
              <PersonaTable personas={personas} />
            )}
          </section>
          <section className="card">
            <h2 className="card-title">Cohorts</h2>
            {cohorts.length === 0 ? (
              <p className="muted">No cohorts in this set.</p>
            ) : (
              <CohortTable cohorts={cohorts} />
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

function Tags({ tags }: { tags: string[] | undefined }) {
  if (!tags || tags.length === 0) return <span className="muted">—</span>;
  return (
    <span className="tags">
      {tags.map((t) => (
        <span key={t} className="chip">
          {t}
        </span>
      ))}
    </span>
  );
}

function PersonaTable({ personas }: { personas: Persona[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th>ID</th>
          <th>Email</th>
          <th>Timezone</th>
          <th>Tags</th>
          <th className="num">Events</th>
          <th className="num">Reactions</th>
        </tr>
      </thead>
      <tbody>
        {personas.map((p) => (
          <tr key={p.id}>
            <td>
              <span className="mono">{p.id}</span>
              {typeof p.description === 'string' && (
                <span className="persona-description">{p.description}</span>
              )}
            </td>
            <td>{p.profile.email}</td>
            <td>{p.profile.timezone ?? <span className="muted">workspace</span>}</td>
            <td>
              <Tags tags={p.profile.tags} />
            </td>
            <td className="num">{p.events?.length ?? 0}</td>
            <td className="num">{p.reactions?.length ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CohortTable({ cohorts }: { cohorts: Cohort[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th>ID</th>
          <th className="num">Members</th>
          <th>Timezone</th>
          <th>Tags</th>
          <th className="num">Events</th>
          <th className="num">Reactions</th>
        </tr>
      </thead>
      <tbody>
        {cohorts.map((c) => (
          <tr key={c.id}>
            <td className="mono">{c.id}</td>
            <td className="num">{c.count.toLocaleString()}</td>
            <td>{c.profile?.timezone ?? <span className="muted">workspace</span>}</td>
            <td>
              <Tags tags={c.profile?.tags} />
            </td>
            <td className="num">{c.events?.length ?? 0}</td>
            <td className="num">{c.reactions?.length ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
