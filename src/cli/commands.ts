// The subcommands of `waymark`: what each is called and does (what the help
// lists), and where its code is. A command's module is loaded only when it
// runs, so `waymark --help` loads none, and `validate` and `simulate` load
// neither the database, the HTTP host nor MJML.

export type Command = {
  /** Returns the exit code. */
  run: (args: string[]) => Promise<number>;
};

export type CommandEntry = {
  usage: string;
  summary: string;
  load: () => Promise<Command>;
};

export const commands = {
  validate: {
    usage: 'waymark validate <workspace folder> [--json]',
    summary: 'Check a workspace folder: every problem with its file, JSON path and what to do.',
    load: async () => (await import('./validate-command.ts')).runValidate,
  },
  simulate: {
    usage: 'waymark simulate <workspace folder> --personas <file> [--json] [--summary] [--seed N]',
    summary:
      'Play the journeys against a persona file on a virtual clock: a report, or the output JSON.',
    load: async () => (await import('./simulate-command.ts')).runSimulate,
  },
  export: {
    usage: 'waymark export <folder> [--db PATH]',
    summary: 'Write the workspace in a database as a folder of the workspace format.',
    load: async () => (await import('./folder-commands.ts')).runExport,
  },
  import: {
    usage: 'waymark import <folder> [--db PATH]',
    summary: 'Replace the workspace in a database with a folder; nothing changes if it is invalid.',
    load: async () => (await import('./folder-commands.ts')).runImport,
  },
  serve: {
    usage: 'waymark serve [--port N] [--db PATH]',
    summary: 'Serve the app to a browser on 127.0.0.1 (browser mode).',
    load: async () => (await import('./serve-command.ts')).runServe,
  },
} satisfies Record<string, CommandEntry>;

export type CommandName = keyof typeof commands;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
