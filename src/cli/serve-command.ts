// `waymark serve`: browser mode. Opens the database, serves the app and the
// API on 127.0.0.1 and prints exactly one line on stdout, the URL with its
// token (end-to-end tests read it). Everything else goes to stderr.
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/errors.ts';
import { startHttpHost } from '../host/http.ts';
import { createInProcessHost } from '../host/in-process.ts';
import { appPaths, defaultDatabasePath } from '../host/paths.ts';
import { argsErrorText } from './args-error.ts';
import { type Command, commands } from './commands.ts';

const usage = commands.serve.usage;

const help = `Usage: ${usage}

Serves Waymark to a browser on 127.0.0.1 and prints the link to open,
with a token that changes at every start.

Options:
  --port N     the port to listen on (default: any free port)
  --db PATH    the workspace database (default: ${defaultDatabasePath()})
  --help       show this help`;

export const runServe: Command = {
  run: async (args) => {
    let values: { port?: string | undefined; db?: string | undefined; help?: boolean | undefined };
    try {
      ({ values } = parseArgs({
        args,
        options: {
          port: { type: 'string' },
          db: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (err) {
      console.error(`${argsErrorText('serve', err)}\n\n${help}`);
      return 2;
    }
    if (values.help) {
      console.log(help);
      return 0;
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(
        `waymark serve: --port must be a port number (0 to 65535), not "${values.port}".`,
      );
      return 2;
    }
    return serve(values.db ?? defaultDatabasePath(), port);
  },
};

async function serve(dbPath: string, port: number): Promise<number> {
  const paths = appPaths();
  let api: Awaited<ReturnType<typeof createInProcessHost>>;
  try {
    api = await createInProcessHost({ dbPath });
  } catch (err) {
    if (err instanceof DatabaseOpenError) {
      console.error(`waymark serve: ${err.message}`);
      return 2;
    }
    throw err;
  }
  let server: Awaited<ReturnType<typeof startHttpHost>>;
  try {
    server = await startHttpHost({ api, rendererDir: paths.rendererDir, port });
  } catch (err) {
    api.close();
    const code = err instanceof Error && 'code' in err ? err.code : undefined;
    console.error(
      code === 'EADDRINUSE'
        ? `waymark serve: port ${port} is in use. Choose another with --port, or leave it out for a free one.`
        : `waymark serve: cannot listen: ${err instanceof Error ? err.message : String(err)}`,
    );
    return 2;
  }
  if (!server.rendererBuilt) {
    console.error(
      `waymark serve: the app's pages are not built (${paths.rendererDir} has no index.html). Run "npm run build" first; the API runs meanwhile.`,
    );
  }
  console.error(`waymark serve: database ${api.db.path}`);
  console.log(`Waymark is running at ${server.url}`);

  return new Promise<number>((resolveExit) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      console.error(`waymark serve: stopping (${signal}).`);
      server.close().then(
        () => {
          api.close();
          resolveExit(0);
        },
        () => {
          api.close();
          resolveExit(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
