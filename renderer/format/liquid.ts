// Liquid in subjects, made readable on a card: "{{ profile.first_name |
// default: 'there' }}, you left something" → "{first_name}, you left something".

export function readableLiquid(text: string): string {
  return text
    .replace(/\{\{-?\s*([^}|]+?)\s*(?:\|[^}]*)?-?\}\}/g, (_all, expr: string) => {
      return `{${expr.trim().replace(/^profile\./, '')}}`;
    })
    .replace(/\{%-?[^%]*-?%\}/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
