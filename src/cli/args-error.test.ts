import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argsErrorText } from './args-error.ts';

/** The error parseArgs really throws for these arguments. */
function refusal(args: string[], allowPositionals = true): unknown {
  try {
    parseArgs({
      args,
      strict: true,
      allowPositionals,
      options: { json: { type: 'boolean' }, seed: { type: 'string' } },
    });
  } catch (err) {
    return err;
  }
  throw new Error('parseArgs took the arguments');
}

describe('argsErrorText', () => {
  it('names an unknown option plainly and points to --help', () => {
    expect(argsErrorText('simulate', refusal(['--bogus']))).toBe(
      'waymark simulate: there is no option --bogus: see "waymark simulate --help".',
    );
    expect(argsErrorText('validate', refusal(['-x']))).toBe(
      'waymark validate: there is no option -x: see "waymark validate --help".',
    );
  });

  it('keeps Node’s words where they read well', () => {
    expect(argsErrorText('simulate', refusal(['--seed']))).toBe(
      "waymark simulate: Option '--seed <value>' argument missing",
    );
    expect(argsErrorText('serve', refusal(['extra'], false))).toMatch(
      /^waymark serve: Unexpected argument 'extra'.*: see "waymark serve --help"\.$/,
    );
  });
});
