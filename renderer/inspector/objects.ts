// Editing loose objects without losing their unknown fields.

/** The object without these keys; every other field (known or not) stays. */
export function without(obj: object, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
}

/**
 * The object with an optional field set, or removed when the value is
 * `undefined` (the format omits what is not given rather than storing null).
 */
export function withOptional<T extends object, K extends keyof T & string>(
  obj: T,
  key: K,
  value: T[K] | undefined,
): T {
  if (value !== undefined) return { ...obj, [key]: value };
  const copy = { ...obj };
  delete copy[key];
  return copy;
}
