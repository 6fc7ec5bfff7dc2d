// Joins domain handler maps into one registry, refusing a name twice.
import type { HandlerMap } from './handler.ts';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

export function joinHandlers<const Maps extends readonly HandlerMap[]>(
  ...maps: Maps
): UnionToIntersection<Maps[number]> {
  const joined: HandlerMap = {};
  for (const map of maps) {
    for (const [name, h] of Object.entries(map)) {
      if (Object.hasOwn(joined, name)) throw new Error(`API method "${name}" is defined twice`);
      joined[name] = h;
    }
  }
  return joined as UnionToIntersection<Maps[number]>;
}
