// The renderer's entry: find the bridge to the core (Electron's preload or
// browser mode's HTTP host) and start the app on it.
import '@xyflow/react/dist/style.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/views.css';
import './styles/editor.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/api';
import { resolveBridge } from './api/resolve-bridge';
import { App } from './app/App';
import { BridgeMissing } from './app/BridgeMissing';
import { applyInitialTheme } from './stores/theme-store';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before the first paint, so a dark-mode start does not flash white.
applyInitialTheme();

const resolution = resolveBridge(window);
createRoot(container).render(
  <StrictMode>
    {resolution.ok ? (
      <App api={createApi(resolution.bridge)} />
    ) : (
      <BridgeMissing message={resolution.message} />
    )}
  </StrictMode>,
);
