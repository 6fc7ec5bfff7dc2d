// The in-process host: opens the database (migrating it, loading the starter
// workspace on first start) and serves the API by direct calls. Electron, the
// CLI, the HTTP host and the tests all stand on it.
import type { InputOf, Invoke, Method, OutputOf, Subscribe } from '../api/client.ts';
import { createDispatch, type Dispatch } from '../api/dispatch.ts';
import { type ApiEventName, createEventHub } from '../api/events.ts';
import { handlers } from '../api/registry.ts';
import { openDatabase, type WaymarkDb } from '../db/open.ts';
import { type ImportCounts, loadStarterIfEmpty } from '../db/workspace-io.ts';
import { appPaths } from './paths.ts';

/** What a host's start throws for a database it refuses (Electron shows it in a dialog). */
export { DatabaseOpenError } from '../db/errors.ts';

export type InProcessHostOptions = {
  dbPath: string;
  /** The app's root (repository, or app.getAppPath()); default: this repository. */
  appRoot?: string;
  /** Where resources/ is, when not under the root (tests, packaged apps). */
  resourcesDir?: string;
};

export type InProcessHost = {
  invoke: Invoke;
  /** The untyped entry, for transports that carry a method name (IPC, HTTP). */
  dispatch: Dispatch;
  on: Subscribe;
  /** Every pushed event, for transports that forward them all. */
  onAny: (listener: (name: ApiEventName, payload: unknown) => void) => () => void;
  db: WaymarkDb;
  /** What the first start loaded into an empty database, if it did. */
  starter: ImportCounts | undefined;
  close: () => void;
};

/** Throws DatabaseOpenError (file untouched) when the database cannot be used. */
export async function createInProcessHost(options: InProcessHostOptions): Promise<InProcessHost> {
  const paths = appPaths(options.appRoot, options.resourcesDir);
  const db = openDatabase(options.dbPath, { migrationsDir: paths.migrationsDir });
  let starter: ImportCounts | undefined;
  try {
    starter = await loadStarterIfEmpty(db, paths.starterDir);
  } catch (err) {
    db.close();
    throw err;
  }
  const hub = createEventHub();
  const dispatch = createDispatch(handlers, {
    services: { db, starterDir: paths.starterDir },
    events: hub.emit,
  });

  async function invoke<K extends Method>(method: K, input: InputOf<K>): Promise<OutputOf<K>> {
    // dispatch parsed the result with the output schema of `method`.
    return (await dispatch(method, input)) as OutputOf<K>;
  }

  const on: Subscribe = (name, listener) =>
    hub.subscribe((event, payload) => {
      // The hub carries payloads typed for their name (EventSink).
      if (event === name) (listener as (p: unknown) => void)(payload);
    });

  let closed = false;
  return {
    invoke,
    dispatch,
    on,
    onAny: hub.subscribe,
    db,
    starter,
    close: () => {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
