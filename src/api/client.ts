// The client's type, derived from the registry: `invoke<K>` is the only way
// to call the core, from the renderer, the CLI and the tests alike.
import type { z } from 'zod';
import type { ApiEventName, ApiEvents } from './events.ts';
import type { Handlers } from './registry.ts';

export type Method = keyof Handlers & string;
export type InputOf<K extends Method> = z.input<Handlers[K]['input']>;
export type OutputOf<K extends Method> = z.output<Handlers[K]['output']>;

export type Invoke = <K extends Method>(method: K, input: InputOf<K>) => Promise<OutputOf<K>>;

export type Subscribe = <K extends ApiEventName>(
  name: K,
  listener: (payload: ApiEvents[K]) => void,
) => () => void;

/** What the preload exposes in Electron, and what the HTTP client gives in a browser. */
export type WaymarkBridge = {
  invoke: (method: string, input: unknown) => Promise<unknown>;
  on: (name: string, listener: (payload: unknown) => void) => () => void;
};

export type { ApiEventName, ApiEvents };
