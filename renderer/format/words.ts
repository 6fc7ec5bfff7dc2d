// Small helpers that turn stored names and values into words.

/** "cart_abandoned" → "Cart abandoned"; "productViewed" → "Product viewed". */
export function humanizeName(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A JSON value as a person reads it: strings bare, lists joined. */
export function formatValue(value: unknown, last = 'or'): string {
  if (value === undefined) return '';
  if (value === null) return 'empty';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => formatValue(v));
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
  }
  return JSON.stringify(value);
}

/** `{ category: "shoes", size: 42 }` → "category shoes, size 42". */
export function formatFilter(where: Record<string, unknown> | undefined): string {
  if (!where) return '';
  return Object.entries(where)
    .map(([k, v]) => `${k} ${formatValue(v)}`)
    .join(', ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a persona set holds: "2 personas, 1 cohort", "1 cohort" (no "0 personas"), "empty". */
export function describePersonaSet(set: { personaCount: number; cohortCount: number }): string {
  const parts: string[] = [];
  if (set.personaCount > 0) parts.push(plural(set.personaCount, 'persona'));
  if (set.cohortCount > 0) parts.push(plural(set.cohortCount, 'cohort'));
  return parts.length > 0 ? parts.join(', ') : 'empty';
}
