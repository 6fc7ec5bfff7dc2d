// Subject lines: Liquid written as plain text (a subject is not HTML, so
// nothing is escaped), with every line break turned into a space so that no
// rendered value can start a new mail header.
import type { LiquidRenderer, LiquidResult } from './liquid.ts';

const lineBreaks = /[\r\n\u0085\u2028\u2029]+/g;

/** Folds line breaks into single spaces and trims the ends. */
export function toHeaderText(text: string): string {
  return text.replace(lineBreaks, ' ').trim();
}

export function renderSubjectText(
  liquid: LiquidRenderer,
  source: string,
  scope: Record<string, unknown>,
): LiquidResult {
  const result = liquid.render(source, 'plain', scope);
  return 'error' in result ? result : { text: toHeaderText(result.text) };
}
