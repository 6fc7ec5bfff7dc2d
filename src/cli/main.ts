// The `waymark` command: one table of subcommands (commands.ts), each in its own file.
// Exit codes follow spec/FORMAT.md ("The command line contract").
import { commands, isCommandName } from './commands.ts';

export function helpText(): string {
  const lines = ['Usage: waymark <command> [options]', '', 'Commands:'];
  for (const c of Object.values(commands)) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push('', 'Run "waymark <command> --help" for the options of one command.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(helpText());
    return 0;
  }
  if (!isCommandName(name)) {
    console.error(`waymark: unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  const command = await commands[name].load();
  return command.run(rest);
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`waymark: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      process.exitCode = 2;
    },
  );
}
