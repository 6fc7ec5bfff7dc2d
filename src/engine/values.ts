// Plain JSON values in profiles and events: dotted paths, equality, filters.
// Profiles are updated copy-on-write along a path, so an object the persona
// file or a cohort template holds is never changed under another profile.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at a dotted path (`address.city`); undefined when any step is missing. */
export function getPath(root: unknown, path: string): unknown {
  if (path.indexOf('.') < 0) return isObject(root) ? root[path] : undefined;
  let cur: unknown = root;
  for (const key of path.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** Sets a dotted path, copying each object on the way instead of changing it. */
export function setPath(root: JsonObject, path: string, value: Json): void {
  const keys = path.split('.');
  let cur = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] ?? '';
    const next = cur[key];
    const copy: JsonObject = isObject(next) ? { ...next } : {};
    cur[key] = copy;
    cur = copy;
  }
  cur[keys[keys.length - 1] ?? ''] = value;
}

/** Removes a dotted path, copy-on-write like `setPath`. */
export function unsetPath(root: JsonObject, path: string): void {
  const keys = path.split('.');
  let cur = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] ?? '';
    const next = cur[key];
    if (!isObject(next)) return;
    const copy: JsonObject = { ...next };
    cur[key] = copy;
    cur = copy;
  }
  delete cur[keys[keys.length - 1] ?? ''];
}

/** Deep equality of JSON values (key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!(k in b) || !deepEqual(a[k], b[k])) return false;
  return true;
}

/** Equality filters on an event's properties (`where`): every key must be equal. */
export function matchesWhere(properties: JsonObject, where: JsonObject | undefined): boolean {
  if (where === undefined) return true;
  for (const key in where) {
    if (!deepEqual(getPath(properties, key), where[key])) return false;
  }
  return true;
}

export function asJsonObject(v: unknown): JsonObject {
  return isObject(v) ? v : {};
}
