// Subject lines: Liquid written as plain text (a subject is not HTML, so
// nothing is escaped), with every line break turned into a space so that no
// rendered value can start a new mail header.
import type { LiquidRenderer, LiquidResult } from './liquid.ts';

const lineBreaks = /[\r\n\u0085\u2028\u2029]+/g;

/** Folds line breaks into single spaces and trims the ends. */
export function toHeaderText(text: string): string {
  // Most subjects are already header text: printable ASCII at both ends (so
  // `trim` has nothing to take) and no line break anywhere. Checked by a scan
  // instead of a regular expression and a copy per subject.
  const n = text.length;
  if (n === 0) return text;
  if (keptAtEnd(text.charCodeAt(0)) && keptAtEnd(text.charCodeAt(n - 1)) && !hasLineBreak(text)) {
    return text;
  }
  return text.replace(lineBreaks, ' ').trim();
}

/**
 * Whether `text` holds a character `toHeaderText` folds. With `keptAtEnd`,
 * this lets a caller that builds a subject from pieces (fast-subject.ts) know
 * `toHeaderText` would return it unchanged without scanning the whole of it.
 */
export function hasLineBreak(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Two comparisons for the usual character, which is neither low nor high.
    if (c < 14 ? c === 10 || c === 13 : c > 0x84 && (c === 0x85 || c === 0x2028 || c === 0x2029))
      return true;
  }
  return false;
}

/** Whether a character at either end of a subject stays there (printable ASCII, not a space). */
export function keptAtEnd(code: number): boolean {
  return code > 32 && code < 127;
}

export function renderSubjectText(
  liquid: LiquidRenderer,
  source: string,
  scope: Record<string, unknown>,
): LiquidResult {
  const result = liquid.render(source, 'plain', scope);
  return 'error' in result ? result : { text: toHeaderText(result.text) };
}
