// A journey open in the editor: loaded once, then owned by its editor store
// (undo, autosave, validation) until the view closes.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../src/api/client';
import type { Journey } from '../../src/model';
import { useApi } from '../api/context';
import { autoLayout } from '../canvas/auto-layout';
import { inferDirection, missingPositions } from '../canvas/journey-to-flow';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { startAutosave } from '../editor/autosave';
import { EditorStoreContext } from '../editor/context';
import { createEditorStore } from '../editor/editor-store';
import { useInvoke } from '../hooks/use-invoke';
import { useWorkspace } from '../stores/workspace-store';
import { JourneyEditor } from './JourneyEditor';

type Loaded = OutputOf<'journeys.get'>;

export function JourneyView({ id }: { id: string }) {
  // Loaded once: after that the editor's store is the truth, and its own
  // saves must not reload it.
  const result = useInvoke('journeys.get', { id });
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
  return <PlacedEditor loaded={result.data} />;
}

/** Journeys without a full layout get ELK's places before editing starts. */
function PlacedEditor({ loaded }: { loaded: Loaded }) {
  const [journey, setJourney] = useState<Journey | null>(() =>
    missingPositions(loaded.journey).length === 0 ? loaded.journey : null,
  );
  useEffect(() => {
    if (journey) return;
    let live = true;
    autoLayout(loaded.journey, 'TB').then(
      ({ positions }) => {
        const layout = { ...positions, ...loaded.journey.layout };
        if (live) setJourney({ ...loaded.journey, layout });
      },
      () => live && setJourney(loaded.journey),
    );
    return () => {
      live = false;
    };
  }, [journey, loaded.journey]);
  if (!journey) return <Loading label="Laying out the journey…" />;
  return <EditorSession journey={journey} revision={loaded.revision} />;
}

function EditorSession({ journey, revision }: { journey: Journey; revision: number }) {
  const api = useApi();
  const templateIds = useWorkspace((s) =>
    s.summary.status === 'ready' ? s.summary.data.templates : undefined,
  );
  const [store] = useState(() =>
    createEditorStore({ journey, revision, templateIds: templateIds?.map((t) => t.id) }),
  );
  const [direction] = useState(() => inferDirection(journey));
  useEffect(() => {
    const autosave = startAutosave(store, api);
    return () => void autosave.stop();
  }, [store, api]);
  return (
    <EditorStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <JourneyEditor initialDirection={direction} />
      </ReactFlowProvider>
    </EditorStoreContext.Provider>
  );
}
