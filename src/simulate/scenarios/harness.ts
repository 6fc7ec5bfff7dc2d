// Runs a scenario fixture (a workspace folder beside this file) through the
// simulator and reads its output back through a schema of the spec's
// "Simulation output", so a test fails on a renamed or missing field as
// surely as on a wrong instant. Results are turned into one line per email,
// run or suppression: a failing test then shows a readable diff.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import type { WorkspaceBundle } from '../../model/bundle.ts';
import { readWorkspaceFolder } from '../../model/folder.ts';
import type { PersonasFile } from '../../model/personas.ts';
import { simulateWorkspace } from '../index.ts';

const EmailOut = z.looseObject({
  at: z.string(),
  journey: z.string(),
  node: z.string(),
  template: z.string(),
  subject: z.string(),
  to: z.string(),
});
const SuppressedOut = z.looseObject({
  at: z.string(),
  journey: z.string(),
  node: z.string(),
  reason: z.enum(['frequency-cap', 'unsubscribed', 'suppressed-address', 'missing-email']),
});
const RunOut = z.looseObject({
  journey: z.string(),
  entered: z.string(),
  exited: z.string().nullable(),
  reason: z.enum(['completed', 'goal', 'exit-condition', 'unsubscribed', 'horizon']),
});
const StepOut = z.looseObject({
  at: z.string(),
  journey: z.string(),
  node: z.string(),
  type: z.string(),
  port: z.string().optional(),
});
const PersonaOut = z.looseObject({
  id: z.string(),
  emails: z.array(EmailOut),
  suppressed: z.array(SuppressedOut),
  runs: z.array(RunOut),
  steps: z.array(StepOut),
  profile: z.record(z.string(), z.unknown()),
});
const JourneyCounts = z.looseObject({
  entered: z.number().int(),
  conversions: z.number().int(),
  nodes: z.record(z.string(), z.looseObject({ reached: z.number().int() })),
});
export const SimulationOutputShape = z.looseObject({
  start: z.string(),
  end: z.string(),
  seed: z.number(),
  personas: z.array(PersonaOut),
  journeys: z.record(z.string(), JourneyCounts),
});
export type CheckedOutput = z.infer<typeof SimulationOutputShape>;
export type CheckedPersona = z.infer<typeof PersonaOut>;

/** Reads a workspace folder into the map of relative path → text the model parses. */
export function folderFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

export function loadFixture(name: string): { bundle: WorkspaceBundle; personas: PersonasFile } {
  const read = readWorkspaceFolder(folderFiles(join(import.meta.dirname, name)));
  if (!read.ok) {
    const lines = read.problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    throw new Error(`fixture ${name} does not read:\n${lines.join('\n')}`);
  }
  const [set] = read.bundle.personaSets;
  if (!set) throw new Error(`fixture ${name} has no personas file`);
  return { bundle: read.bundle, personas: set.file };
}

export function simulateFixture(name: string): CheckedOutput {
  const { bundle, personas } = loadFixture(name);
  const { output } = simulateWorkspace({ bundle, personas });
  return SimulationOutputShape.parse(JSON.parse(JSON.stringify(output)));
}

export function personaOf(out: CheckedOutput, id: string): CheckedPersona {
  const found = out.personas.find((p) => p.id === id);
  if (!found) throw new Error(`no persona "${id}" in the output`);
  return found;
}

/** `<at> <journey>/<node> <template> "<subject>" <to>` per email, in output order. */
export function emailLines(p: CheckedPersona): string[] {
  return p.emails.map((e) => `${e.at} ${e.journey}/${e.node} ${e.template} "${e.subject}" ${e.to}`);
}

/** `<journey> <entered> → <exited> <reason>` per run, optionally of one journey. */
export function runLines(p: CheckedPersona, journey?: string): string[] {
  return p.runs
    .filter((r) => journey === undefined || r.journey === journey)
    .map((r) => `${r.journey} ${r.entered} → ${r.exited ?? 'null'} ${r.reason}`);
}

/** `<at> <journey>/<node> <reason>` per suppression. */
export function suppressedLines(p: CheckedPersona): string[] {
  return p.suppressed.map((s) => `${s.at} ${s.journey}/${s.node} ${s.reason}`);
}
