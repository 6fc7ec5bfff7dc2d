// Liquid must parse wherever it is written (templates, subjects, preheaders,
// the unsubscribe URL), and a template must be MJML at all. Rendering is the
// template layer's job; this only finds what would fail for every recipient.
import { Liquid } from 'liquidjs';
import { folderPaths, type TemplateSource } from '../bundle.ts';
import type { Journey } from '../journey.ts';
import type { Problem } from '../problem.ts';
import type { WorkspaceSettings } from '../workspace.ts';
import { problemIn, problemInJourney } from './context.ts';

// Parsing needs no scope, filters or file system; one engine serves every check.
const liquid = new Liquid({ templates: {} });

/** Why the text does not parse as Liquid, or undefined when it does. */
export function liquidError(text: string): { message: string; line?: number } | undefined {
  try {
    liquid.parse(text);
    return undefined;
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    // liquidjs ends its messages with ", line:2, col:7"; the line is kept apart.
    const at = /, line:(\d+), col:(\d+)\s*$/.exec(raw.split('\n')[0] ?? raw);
    const message = (raw.split('\n')[0] ?? raw).replace(/, line:\d+, col:\d+\s*$/, '');
    return at?.[1] === undefined ? { message } : { message, line: Number(at[1]) };
  }
}

function liquidMessage(error: { message: string; line?: number }, multiline: boolean): string {
  const where = multiline && error.line !== undefined ? ` at line ${error.line}` : '';
  return `has Liquid that does not parse${where} (${error.message}): fix the tag, or close the one left open.`;
}

/** An MJML document has an <mjml> element at its top. */
function looksLikeMjml(text: string): boolean {
  return /<mjml(\s[^>]*)?>/i.test(text) && /<\/mjml\s*>/i.test(text);
}

export function checkTemplates(templates: TemplateSource[]): Problem[] {
  return templates.flatMap((t) => {
    const file = folderPaths.template(t.id);
    const problems: Problem[] = [];
    if (!looksLikeMjml(t.mjml)) {
      problems.push(
        problemIn(
          file,
          'error',
          [],
          'is not MJML: a template is one <mjml> element holding <mj-head>? and <mj-body>, such as <mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>.',
          { value: t.id },
        ),
      );
    }
    const error = liquidError(t.mjml);
    if (error) {
      // The offending line itself is the most useful value to show.
      const line = error.line === undefined ? undefined : t.mjml.split('\n')[error.line - 1];
      const detail = { value: line === undefined ? t.id : line.trim().slice(0, 80) };
      problems.push(problemIn(file, 'error', [], liquidMessage(error, true), detail));
    }
    return problems;
  });
}

export function checkJourneyLiquid(journey: Journey): Problem[] {
  const problems: Problem[] = [];
  journey.nodes.forEach((node, i) => {
    if (node.type !== 'email') return;
    for (const key of ['subject', 'preheader'] as const) {
      const text = node[key];
      const error = text === undefined ? undefined : liquidError(text);
      if (error) {
        problems.push(
          problemInJourney(journey, 'error', ['nodes', i, key], liquidMessage(error, false), {
            value: text,
          }),
        );
      }
    }
  });
  return problems;
}

export function checkSettingsLiquid(settings: WorkspaceSettings | undefined): Problem[] {
  const url = settings?.unsubscribeUrl;
  const error = url === undefined ? undefined : liquidError(url);
  if (!error) return [];
  return [
    problemIn(folderPaths.settings, 'error', ['unsubscribeUrl'], liquidMessage(error, false), {
      value: url,
    }),
  ];
}
