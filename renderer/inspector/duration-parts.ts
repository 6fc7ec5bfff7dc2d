// Durations as a person types them (a number and a unit) and as the format
// stores them (ISO 8601): 30 minutes ⇄ PT30M, 2 days ⇄ P2D, 1 week ⇄ P1W.
// Whatever has no single unit (P1DT12H) is edited as ISO text.

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks';
export type UnitChoice = DurationUnit | 'iso';

export const unitChoices: { value: UnitChoice; label: string }[] = [
  { value: 'minutes', label: 'minutes' },
  { value: 'hours', label: 'hours' },
  { value: 'days', label: 'days' },
  { value: 'weeks', label: 'weeks' },
  { value: 'iso', label: 'ISO 8601…' },
];

const forms: Record<DurationUnit, { pattern: RegExp; make: (n: number) => string }> = {
  minutes: { pattern: /^PT(\d+)M$/, make: (n) => `PT${n}M` },
  hours: { pattern: /^PT(\d+)H$/, make: (n) => `PT${n}H` },
  days: { pattern: /^P(\d+)D$/, make: (n) => `P${n}D` },
  weeks: { pattern: /^P(\d+)W$/, make: (n) => `P${n}W` },
};

const units: DurationUnit[] = ['minutes', 'hours', 'days', 'weeks'];

export type DurationParts = { amount: string; unit: UnitChoice; iso: string };

/** An unsigned ISO duration as parts; ISO text when no single unit says it. */
export function toParts(iso: string): DurationParts {
  for (const unit of units) {
    const match = forms[unit].pattern.exec(iso);
    if (match?.[1] !== undefined) return { amount: String(Number(match[1])), unit, iso };
  }
  return { amount: '', unit: 'iso', iso };
}

/** The ISO text of an amount in a unit. */
export function fromParts(amount: number, unit: DurationUnit): string {
  return forms[unit].make(amount);
}

/** Moving to another unit keeps the number typed ("2 hours" → "2 days"). */
export function switchUnit(parts: DurationParts, unit: UnitChoice): DurationParts {
  if (unit === 'iso') return { ...parts, unit, iso: isoOf(parts) ?? parts.iso };
  const amount = parts.unit === 'iso' ? toParts(parts.iso).amount || '1' : parts.amount;
  return { ...parts, unit, amount };
}

function isoOf(parts: DurationParts): string | undefined {
  if (parts.unit === 'iso') return parts.iso;
  return /^\d+$/.test(parts.amount.trim())
    ? fromParts(Number(parts.amount.trim()), parts.unit)
    : undefined;
}
