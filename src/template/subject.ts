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
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) {
    let clean = true;
    for (let i = 1; i < n - 1; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) {
        clean = false;
        break;
      }
    }
    if (clean) return text;
  }
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
