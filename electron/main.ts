// Electron's main process, kept thin: one locked-down window, the renderer
// served from waymark://app/, and the API bound to IPC. Everything else lives
// in src/ (the in-process host) and is tested there.
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type IpcMainInvokeEvent,
  ipcMain,
  session,
  shell,
} from 'electron';
import { z } from 'zod';
import { ApiError } from '../src/api/errors.ts';
import { contentSecurityPolicy } from '../src/host/csp.ts';
import {
  createInProcessHost,
  DatabaseOpenError,
  type InProcessHost,
} from '../src/host/in-process.ts';
import { appPaths, defaultDatabasePath } from '../src/host/paths.ts';
import { appOrigin, registerAppScheme, serveRenderer } from './app-protocol.ts';
import { isAllowedExternalUrl } from './external-links.ts';
import { eventChannel, type InvokeReply, invokeChannel } from './ipc.ts';

const InvokeMessage = z.object({ method: z.string().min(1).max(200), input: z.unknown() });

/** Set by `vite` in development; the packaged app always uses waymark://app/. */
const devServerUrl = process.env.VITE_DEV_SERVER_URL;
const trustedOrigin = devServerUrl ? new URL(devServerUrl).origin : appOrigin;

registerAppScheme();
// The same data folder in development (package name "waymark") and packaged ("Waymark").
app.setName('Waymark');
app.setPath('userData', join(app.getPath('appData'), 'Waymark'));

let host: InProcessHost | undefined;
let window: BrowserWindow | undefined;

async function start(): Promise<void> {
  const paths = appPaths(app.getAppPath());
  try {
    host = await createInProcessHost({
      // The same file as `waymark serve` and the CLI use, so both see one workspace.
      dbPath: defaultDatabasePath(),
      appRoot: paths.root,
    });
  } catch (err) {
    const message = err instanceof DatabaseOpenError ? err.message : String(err);
    dialog.showErrorBox('Waymark cannot open its database', message);
    app.exit(2);
    return;
  }
  lockDownSession();
  serveRenderer(paths.rendererDir);
  bindApi(host);
  window = createWindow(join(paths.resourcesDir, 'icons', 'icon.png'));
  host.onAny((name, payload) => {
    if (window && !window.isDestroyed()) window.webContents.send(eventChannel, { name, payload });
  });
}

function lockDownSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
  // No camera, microphone, notifications, geolocation...: the app needs none.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
}

function createWindow(icon: string): BrowserWindow {
  const win = new BrowserWindow({
    icon,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Waymark',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (window === win) window = undefined;
  });
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  return win;
}

/** Only the app's own top-level page may call the API (not an email preview frame). */
function fromTrustedFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === trustedOrigin;
  } catch {
    return false;
  }
}

function bindApi(api: InProcessHost): void {
  ipcMain.handle(invokeChannel, async (event, message: unknown): Promise<InvokeReply> => {
    if (!fromTrustedFrame(event)) {
      return { ok: false, error: { code: 'bad-input', message: 'Refused: not the app’s page.' } };
    }
    const parsed = InvokeMessage.safeParse(message);
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad-input', message: 'A malformed API call.' } };
    }
    try {
      return { ok: true, result: await api.dispatch(parsed.data.method, parsed.data.input) };
    } catch (err) {
      return { ok: false, error: ApiError.from(err).toJSON() };
    }
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

// One app per database: a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) app.exit(0);
app.on('second-instance', () => {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
});

app.whenReady().then(start, (err: unknown) => {
  dialog.showErrorBox('Waymark could not start', String(err));
  app.exit(1);
});

app.on('activate', () => {
  // macOS: clicking the dock icon with no window open opens one again.
  if (host && BrowserWindow.getAllWindows().length === 0) {
    window = createWindow(join(appPaths(app.getAppPath()).resourcesDir, 'icons', 'icon.png'));
  }
});

app.on('window-all-closed', () => {
  // macOS keeps an app running without windows until Quit; elsewhere closing quits.
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  host?.close();
  host = undefined;
});
