// The app frame: the workspace sidebar on the left, the open item on the
// right. One workspace store per window, made here and given by context.
import { useEffect, useState } from 'react';
import type { Api } from '../api/api';
import { ApiProvider } from '../api/context';
import { Sidebar } from '../components/Sidebar';
import { SimulatorView } from '../simulator/SimulatorView';
import { type Route, useRoute } from '../stores/route';
import { useResolvedTheme } from '../stores/theme-store';
import { createWorkspaceStore, WorkspaceStoreContext } from '../stores/workspace-store';
import { HomeView } from '../views/HomeView';
import { JourneyView } from '../views/JourneyView';
import { PersonasView } from '../views/PersonasView';
import { SegmentView } from '../views/SegmentView';
import { TemplateView } from '../views/TemplateView';

export function App({ api }: { api: Api }) {
  const [store] = useState(() => createWorkspaceStore(api));
  useEffect(() => {
    void store.getState().load();
    return () => store.getState().dispose();
  }, [store]);
  return (
    <ApiProvider api={api}>
      <WorkspaceStoreContext.Provider value={store}>
        <Shell />
      </WorkspaceStoreContext.Provider>
    </ApiProvider>
  );
}

function Shell() {
  const route = useRoute();
  useResolvedTheme();
  return (
    <div className="app">
      <Sidebar route={route} />
      <main className="main">
        <RouteView key={`${route.kind}:${'id' in route ? route.id : ''}`} route={route} />
      </main>
    </div>
  );
}

function RouteView({ route }: { route: Route }) {
  switch (route.kind) {
    case 'home':
      return <HomeView />;
    case 'journey':
      return <JourneyView id={route.id} />;
    case 'template':
      return <TemplateView id={route.id} />;
    case 'segment':
      return <SegmentView id={route.id} />;
    case 'personas':
      return <PersonasView name={route.id} />;
    case 'simulator':
      return <SimulatorView />;
  }
}
