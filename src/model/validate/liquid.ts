// Liquid must parse wherever it is written (templates, subjects, preheaders,
// the unsubscribe URL), and must not use another template, since Waymark has
// none to give it. A template must be MJML at all. Rendering is the template
// layer's job; this only finds what would fail for every recipient.
import { Liquid, type Template } from 'liquidjs';
import { folderPaths, type TemplateSource } from '../bundle.ts';
import type { Problem } from '../problem.ts';
import type { Checked, CheckedJourney } from './checked.ts';
import { problemIn, problemInJourney } from './context.ts';
import { type IncludeTag, includeTags } from './liquid-includes.ts';

// Parsing needs no scope, filters or file system; one engine serves every check.
const liquid = new Liquid({ templates: {} });

type LiquidError = { message: string; line?: number };

function parseLiquid(text: string): { templates: Template[] } | { error: LiquidError } {
  try {
    return { templates: liquid.parse(text) };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    // liquidjs ends its messages with ", line:2, col:7"; the line is kept apart.
    const at = /, line:(\d+), col:(\d+)\s*$/.exec(raw.split('\n')[0] ?? raw);
    const message = (raw.split('\n')[0] ?? raw).replace(/, line:\d+, col:\d+\s*$/, '');
    return { error: at?.[1] === undefined ? { message } : { message, line: Number(at[1]) } };
  }
}

/** Why the text does not parse as Liquid, or undefined when it does. */
export function liquidError(text: string): LiquidError | undefined {
  const parsed = parseLiquid(text);
  return 'error' in parsed ? parsed.error : undefined;
}

/** Something in a text's Liquid that fails for every recipient: a sentence, and its line. */
type LiquidFault = { message: string; line?: number };

/**
 * What fails in a text's Liquid: the parse error, or else each tag that uses
 * another template. `multiline` texts (templates) name the line in the sentence.
 */
function liquidFaults(text: string, multiline: boolean): LiquidFault[] {
  const parsed = parseLiquid(text);
  if ('error' in parsed)
    return [{ ...parsed.error, message: parseMessage(parsed.error, multiline) }];
  return includeTags(parsed.templates).map((tag) => ({
    message: includeMessage(tag, multiline),
    line: tag.line,
  }));
}

function parseMessage(error: LiquidError, multiline: boolean): string {
  const where = multiline && error.line !== undefined ? ` at line ${error.line}` : '';
  return `has Liquid that does not parse${where} (${error.message}): fix the tag, or close the one left open.`;
}

function includeMessage(tag: IncludeTag, multiline: boolean): string {
  const where = multiline ? ` at line ${tag.line}` : '';
  return `uses {% ${tag.name} %}${where}, which needs another template, and Waymark templates cannot include other templates: copy that content in here and remove the tag.`;
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
    for (const fault of liquidFaults(t.mjml, true)) {
      // The offending line itself is the most useful value to show.
      const line = fault.line === undefined ? undefined : t.mjml.split('\n')[fault.line - 1];
      const detail = { value: line === undefined ? t.id : line.trim().slice(0, 80) };
      problems.push(problemIn(file, 'error', [], fault.message, detail));
    }
    return problems;
  });
}

export function checkJourneyLiquid(journey: CheckedJourney): Problem[] {
  const problems: Problem[] = [];
  journey.nodes.forEach((node, i) => {
    if (node.type !== 'email') return;
    for (const key of ['subject', 'preheader'] as const) {
      const text = node[key];
      if (text === undefined) continue;
      for (const fault of liquidFaults(text, false)) {
        problems.push(
          problemInJourney(journey, 'error', ['nodes', i, key], fault.message, { value: text }),
        );
      }
    }
  });
  return problems;
}

export function checkSettingsLiquid(settings: Checked['settings']): Problem[] {
  const url = settings?.unsubscribeUrl;
  if (url === undefined) return [];
  return liquidFaults(url, false).map((fault) =>
    problemIn(folderPaths.settings, 'error', ['unsubscribeUrl'], fault.message, { value: url }),
  );
}
