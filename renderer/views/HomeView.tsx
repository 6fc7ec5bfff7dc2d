// The workspace at a glance, shown when nothing is open: its journeys as
// cards, and how many templates, segments and persona sets it holds.
import { useCallback, useState } from 'react';
import { DropImport } from '../components/DropImport';
import { EmptyState } from '../components/EmptyState';
import { FlowIcon, LogoMark } from '../components/icons';
import { Loading } from '../components/Loading';
import { StatusPill } from '../components/StatusBadge';
import { Toasts } from '../components/Toasts';
import { TopBar } from '../components/TopBar';
import { formatRelative } from '../format/time';
import { plural } from '../format/words';
import { navigate } from '../stores/route';
import { useWorkspace } from '../stores/workspace-store';
import { JourneyListActions } from './JourneyListActions';
import { NewJourneyDialog } from './NewJourneyDialog';

export function HomeView() {
  const summary = useWorkspace((s) => s.summary);
  const [creating, setCreating] = useState(false);
  const [query, setQuery] = useState('');
  const closeCreating = useCallback(() => setCreating(false), []);
  if (summary.status === 'loading') return <Loading label="Opening the workspace…" />;
  if (summary.status === 'error') {
    return (
      <EmptyState icon={<LogoMark size={32} />} title="The workspace is not available">
        See the message in the sidebar.
      </EmptyState>
    );
  }
  const ws = summary.data;
  const q = query.trim().toLowerCase();
  const journeys = q
    ? ws.journeys.filter((j) => j.name.toLowerCase().includes(q) || j.id.includes(q))
    : ws.journeys;
  return (
    <div className="view">
      <TopBar icon={<LogoMark size={18} />} title={ws.name} meta={ws.timezone} />
      <div className="view-body page">
        <div className="page-inner wide">
          <div className="stats-row">
            <div className="stat-card">
              <span className="stat-value">{ws.journeys.length}</span>
              <span className="stat-label">Journeys</span>
            </div>
            <div className="stat-card">
              <span className="stat-value">{ws.templates.length}</span>
              <span className="stat-label">Templates</span>
            </div>
            <div className="stat-card">
              <span className="stat-value">{ws.segments.length}</span>
              <span className="stat-label">Segments</span>
            </div>
            <div className="stat-card">
              <span className="stat-value">{ws.personaSets.length}</span>
              <span className="stat-label">Persona sets</span>
            </div>
          </div>
          <div className="section-head">
            <h2 className="section-title">Journeys</h2>
            <input
              className="journey-search"
              type="search"
              placeholder="Search journeys"
              aria-label="Search journeys"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setCreating(true)}
              data-testid="new-journey"
            >
              New journey
            </button>
          </div>
          {journeys.length === 0 ? (
            <EmptyState
              icon={<FlowIcon size={24} />}
              title={q ? 'No journey matches' : 'No journeys yet'}
            >
              {q ? 'Try another word.' : 'Create one, or start from the library.'}
            </EmptyState>
          ) : (
            <ul className="journey-grid">
              {journeys.map((j) => (
                <li key={j.id} className="journey-grid-item">
                  <button
                    type="button"
                    className="journey-card"
                    onClick={() => navigate({ kind: 'journey', id: j.id })}
                  >
                    <span className="journey-card-top">
                      <FlowIcon size={16} />
                      <StatusPill status={j.status} />
                    </span>
                    <span className="journey-card-name">{j.name}</span>
                    <span className="journey-card-meta">
                      {plural(j.nodeCount, 'node')} · edited {formatRelative(j.updatedAt)}
                    </span>
                  </button>
                  <JourneyListActions id={j.id} name={j.name} status={j.status} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {creating && <NewJourneyDialog onClose={closeCreating} />}
      <Toasts />
      <DropImport />
    </div>
  );
}
