// Ids for new journeys and templates: a slug of the name, made unique.
const maxLength = 64;

export function slugOf(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength - 4)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `base`, else `base-2`, `base-3`, ...: the first that `taken` says is free. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken(id)) return id;
  }
}
