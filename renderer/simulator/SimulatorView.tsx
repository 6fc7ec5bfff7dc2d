// The simulator: step through journeys as one persona, run whole persona
// sets, see their conflicts, and compare two revisions of a journey. Tabs
// stay mounted once opened, so a session or a run survives a look elsewhere.
import { useState } from 'react';
import './simulator.css';
import { PlayIcon } from '../components/icons';
import { TabList } from '../components/TabList';
import { TopBar } from '../components/TopBar';
import { useWorkspace } from '../stores/workspace-store';
import { ComparePanel } from './ComparePanel';
import { ConflictsPanel } from './ConflictsPanel';
import { useWorkspaceZone } from './PersonaSetPicker';
import { RunPanel } from './RunPanel';
import { StepPanel } from './StepPanel';
import { useRun } from './use-run';

type Tab = 'step' | 'run' | 'conflicts' | 'compare';

const tabs: { id: Tab; label: string }[] = [
  { id: 'step', label: 'Step by step' },
  { id: 'run', label: 'Whole run' },
  { id: 'conflicts', label: 'Conflicts' },
  { id: 'compare', label: 'Compare' },
];

export function SimulatorView() {
  const [tab, setTab] = useState<Tab>('step');
  const [opened, setOpened] = useState<Set<Tab>>(() => new Set(['step']));
  const run = useRun();
  const zone = useWorkspaceZone();
  const summary = useWorkspace((s) => s.summary);
  const sets = summary.status === 'ready' ? summary.data.personaSets : [];
  const small =
    sets.find((s) => s.name === 'cart-abandonment') ?? sets.find((s) => s.cohortCount === 0);
  const large = sets.find((s) => s.cohortCount > 0) ?? sets[0];
  const lastRun = run.state.status === 'done' ? run.state.runId : null;

  const open = (t: Tab) => {
    setTab(t);
    setOpened((all) => new Set(all).add(t));
  };
  if (summary.status !== 'ready') return null;
  return (
    <div className="view simulator">
      <TopBar
        icon={<PlayIcon size={16} />}
        title="Simulator"
        meta="Every journey that is not paused, on a virtual clock"
        actions={
          <TabList
            className="sim-tabs"
            label="Simulator"
            tabs={tabs}
            selected={tab}
            onSelect={(id) => {
              const picked = tabs.find((t) => t.id === id);
              if (picked) open(picked.id);
            }}
          />
        }
      />
      <div className="view-body sim-body">
        {opened.has('step') && (
          <div
            className="sim-tab"
            hidden={tab !== 'step'}
            role="tabpanel"
            aria-label="Step by step"
          >
            <StepPanel initialSet={small?.name ?? ''} active={tab === 'step'} />
          </div>
        )}
        {opened.has('run') && (
          <div className="sim-tab" hidden={tab !== 'run'} role="tabpanel" aria-label="Whole run">
            <RunPanel run={run} initialSet={large?.name ?? ''} />
          </div>
        )}
        {opened.has('conflicts') && (
          <div
            className="sim-tab page"
            hidden={tab !== 'conflicts'}
            role="tabpanel"
            aria-label="Conflicts"
          >
            <ConflictsPanel runId={lastRun} timeZone={zone} />
          </div>
        )}
        {opened.has('compare') && (
          <div
            className="sim-tab page"
            hidden={tab !== 'compare'}
            role="tabpanel"
            aria-label="Compare"
          >
            <ComparePanel initialSet={small?.name ?? ''} />
          </div>
        )}
      </div>
    </div>
  );
}
