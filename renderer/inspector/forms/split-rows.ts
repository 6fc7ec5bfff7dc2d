// A split's variants as rows of text, and back: keys are ids that name the
// ports, weights are positive and relative.
import type { NodeOfType } from '../../../src/model';
import { checkId, checkNumber, fail, messages, ok, type Parsed } from '../checks';

type Variant = NodeOfType<'split'>['variants'][number];
export type VariantRow = { key: string; weight: string; rest: Variant | undefined };
export type VariantError = { key?: string; weight?: string };

export function toRows(variants: Variant[]): VariantRow[] {
  return variants.map((v) => ({ key: v.key, weight: String(v.weight), rest: v }));
}

export function parseRows(rows: VariantRow[]): Parsed<Variant[], VariantError[]> {
  const seen = new Set<string>();
  const errors: VariantError[] = [];
  const out: Variant[] = [];
  for (const row of rows) {
    const error: VariantError = {};
    const key = checkId(row.key);
    if (!key.ok) error.key = key.error;
    else if (seen.has(key.value))
      error.key =
        'Is a second variant with this key: each variant needs its own key, which names its port.';
    else seen.add(key.value);
    const weight = checkNumber(row.weight);
    if (!weight.ok || weight.value <= 0) error.weight = messages.weight;
    errors.push(error);
    if (key.ok && weight.ok) out.push({ ...row.rest, key: key.value, weight: weight.value });
  }
  return errors.some((e) => e.key !== undefined || e.weight !== undefined) ? fail(errors) : ok(out);
}

/** Each row's share of the total, in whole percent; blank while a weight is not valid. */
export function shares(rows: VariantRow[]): (string | undefined)[] {
  const weights = rows.map((r) => {
    const n = Number(r.weight.trim());
    return r.weight.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
  });
  if (weights.some((w) => w === undefined)) return weights.map(() => undefined);
  const total = weights.reduce<number>((a, w) => a + (w ?? 0), 0);
  return weights.map((w) => `${Math.round(((w ?? 0) / total) * 1000) / 10}%`);
}

/** The first free key in a, b, c… (then v1, v2…). */
export function nextKey(rows: VariantRow[]): string {
  const used = new Set(rows.map((r) => r.key.trim()));
  for (const c of 'abcdefghijklmnopqrstuvwxyz') if (!used.has(c)) return c;
  let n = 1;
  while (used.has(`v${n}`)) n++;
  return `v${n}`;
}
