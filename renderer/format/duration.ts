// ISO 8601 durations in words: PT1H → "1 hour", P1DT12H → "1 day and 12 hours".

const pattern =
  /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const names = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

export type DurationWords = { words: string; negative: boolean };

/** Splits a duration into its words and sign; `undefined` when it is not one. */
export function durationWords(iso: string): DurationWords | undefined {
  const match = pattern.exec(iso);
  if (!match || !/\d/.test(iso)) return undefined;
  const parts: string[] = [];
  names.forEach((name, i) => {
    const raw = match[i + 2];
    if (raw === undefined) return;
    const n = Number(raw);
    if (n === 0) return;
    parts.push(`${n} ${name}${n === 1 ? '' : 's'}`);
  });
  if (parts.length === 0) parts.push('0 seconds');
  return { words: joinWords(parts), negative: match[1] === '-' };
}

/** A duration in words; the ISO text itself when it does not parse. */
export function formatDuration(iso: string): string {
  return durationWords(iso)?.words ?? iso;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(parts: string[], last = 'and'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${last} ${parts[parts.length - 1]}`;
}
