// What a command says when node:util's parseArgs refuses its arguments. Node's
// own words for an unknown option explain how to pass a positional starting
// with '-' (`as in '-- "--bogus"'`), which reads like garbage to someone who
// mistyped an option; the other refusals read well as they are.

/** One line: the command, what was wrong, and what to do. */
export function argsErrorText(command: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (option !== undefined) {
      return `waymark ${command}: there is no option ${option}: see "waymark ${command} --help".`;
    }
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `waymark ${command}: ${message.replace(/\.?$/, '')}: see "waymark ${command} --help".`;
  }
  return `waymark ${command}: ${message}`;
}
