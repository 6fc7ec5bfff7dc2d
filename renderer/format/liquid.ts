// Liquid in subjects, made readable on a card: "{{ profile.first_name |
// default: 'there' }}, you left something" → "{first_name}, you left something".
// The scope's prefixes go (`profile.`, `event.properties.`, `event.`): a card
// or a funnel row has room for the name of the value, not its path.

export function readableLiquid(text: string): string {
  return text
    .replace(/\{\{-?\s*([^}|]+?)\s*(?:\|[^}]*)?-?\}\}/g, (_all, expr: string) => {
      return `{${expr.trim().replace(/^(?:profile|event\.properties|event)\./, '')}}`;
    })
    .replace(/\{%-?[^%]*-?%\}/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
