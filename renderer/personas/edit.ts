// Pure edits of a persona set and the lookups the table editor needs:
// values set at a path, tags as text, free profile fields as JSON, and the
// problems the core reported at a cell's JSON path.
import type { Problem } from '../api/errors';

export type Path = (string | number)[];

/** `$.personas[0].profile.email`, as the core writes problem paths. */
export function pathText(path: Path): string {
  let out = '$';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A copy of `root` with `value` at `path` (undefined removes the key). */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  return setAt(root, path, value) as T;
}

function setAt(node: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const obj: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  const next = setAt(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj;
}

/** A copy of the list at `path` without item `index`. */
export function removeAt<T>(root: T, path: Path, index: number): T {
  const list = getIn(root, path);
  if (!Array.isArray(list)) return root;
  return setIn(
    root,
    path,
    list.filter((_, i) => i !== index),
  );
}

/** A copy with `item` appended to the list at `path`. */
export function append<T>(root: T, path: Path, item: unknown): T {
  const list = getIn(root, path);
  return setIn(root, path, [...(Array.isArray(list) ? list : []), item]);
}

export function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = isRecord(node) ? node[key] : undefined;
  }
  return node;
}

/** "vip, early adopter" → ["vip", "early adopter"]; empty text → undefined. */
export function parseTags(text: string): string[] | undefined {
  const tags = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return tags.length > 0 ? tags : undefined;
}

export const knownProfileFields = ['id', 'email', 'first_name', 'timezone', 'tags'] as const;

/** The profile's free fields (all but the ones with their own column). */
export function freeFields(profile: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(profile ?? {})) {
    if (!(knownProfileFields as readonly string[]).includes(k)) out[k] = v;
  }
  return out;
}

/** The profile with its free fields replaced by `fields`. */
export function withFreeFields(
  profile: Record<string, unknown> | undefined,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(profile ?? {})) {
    if ((knownProfileFields as readonly string[]).includes(k)) out[k] = v;
  }
  return { ...out, ...fields };
}

/** Problems at this path or inside it. */
export function problemsAt(problems: Problem[], path: Path): Problem[] {
  const at = pathText(path);
  return problems.filter(
    (p) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`),
  );
}

/** JSON text of an object for a cell; empty objects as empty text. */
export function jsonText(value: unknown): string {
  if (value === undefined) return '';
  if (isRecord(value) && Object.keys(value).length === 0) return '';
  return JSON.stringify(value);
}

/** A cell's JSON: an object, nothing (empty text), or a reason it is not one. */
export function parseJsonObject(
  text: string,
): { ok: true; value: Record<string, unknown> | undefined } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value))
      return { ok: false, message: 'must be a JSON object, like {"sku": "A1"}' };
    return { ok: true, value };
  } catch {
    return { ok: false, message: 'is not JSON: write it like {"sku": "A1", "price": 80}' };
  }
}
