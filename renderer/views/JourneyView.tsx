// A journey: its graph on the canvas, the inspector beside it, the top bar
// with its name, status and actions.
import { useCallback, useState } from 'react';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import type { LayoutMode } from '../canvas/use-journey-flow';
import { ErrorState } from '../components/ErrorState';
import { FlowIcon } from '../components/icons';
import { Loading } from '../components/Loading';
import { StatusPill } from '../components/StatusBadge';
import { TopBar } from '../components/TopBar';
import { formatRelative } from '../format/time';
import { plural } from '../format/words';
import { useInvoke } from '../hooks/use-invoke';
import { useResolvedTheme } from '../stores/theme-store';
import { JourneyInspector } from './JourneyInspector';

export function JourneyView({ id }: { id: string }) {
  const result = useInvoke(
    'journeys.get',
    { id },
    (c) => c.kind === 'journey' && (c.id === undefined || c.id === id),
  );
  const theme = useResolvedTheme();
  const [selected, setSelected] = useState<string | null>(null);
  const [layout, setLayout] = useState<LayoutMode>('saved');
  const onSelectNode = useCallback((nodeId: string | null) => setSelected(nodeId), []);

  if (result.status === 'loading') return <Loading label="Opening the journey…" />;
  if (result.status === 'error') {
    return (
      <ErrorState
        title="This journey did not open"
        message={result.error.message}
        problems={result.error.problems}
        onRetry={result.reload}
      />
    );
  }
  const { journey, revision, updatedAt } = result.data;
  return (
    <div className="view">
      <TopBar
        icon={<FlowIcon size={16} />}
        kind="Journeys"
        title={journey.name}
        status={<StatusPill status={journey.status} />}
        meta={`${plural(journey.nodes.length, 'node')} · revision ${revision} · edited ${formatRelative(updatedAt)}`}
        actions={
          journey.layout && Object.keys(journey.layout).length > 0 ? (
            <LayoutToggle value={layout} onChange={setLayout} />
          ) : null
        }
      />
      <div className="view-body with-inspector">
        <JourneyCanvas
          key={layout}
          journey={journey}
          layout={layout}
          colorMode={theme}
          onSelectNode={onSelectNode}
        />
        <JourneyInspector journey={journey} selectedId={selected} />
      </div>
    </div>
  );
}

/** The saved layout, or an automatic one (top to bottom) just for viewing. */
function LayoutToggle({
  value,
  onChange,
}: {
  value: LayoutMode;
  onChange: (mode: LayoutMode) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend className="sr-only">Layout</legend>
      <button
        type="button"
        aria-pressed={value === 'saved'}
        onClick={() => onChange('saved')}
        title="Nodes where the journey places them"
      >
        Saved layout
      </button>
      <button
        type="button"
        aria-pressed={value === 'auto'}
        onClick={() => onChange('auto')}
        title="Arranged top to bottom for reading; the journey is not changed"
      >
        Auto layout
      </button>
    </fieldset>
  );
}
