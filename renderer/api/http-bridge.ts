// Browser mode: the same bridge as Electron's preload, over HTTP. Calls are
// POST /api/invoke with the launch token; pushes come by server-sent events.
import type { WaymarkBridge } from '../../src/api/client';
import { ApiClientError, toApiClientError } from './errors';

type Listener = (payload: unknown) => void;

export function createHttpBridge(baseUrl: string, token: string): WaymarkBridge {
  let source: EventSource | undefined;
  const listeners = new Map<string, Set<Listener>>();

  const invoke = async (method: string, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ method, input }),
      });
    } catch (err) {
      throw new ApiClientError(
        'unreachable',
        `Waymark's server did not answer (${err instanceof Error ? err.message : String(err)}). Is it still running?`,
      );
    }
    if (response.status === 401) {
      throw new ApiClientError(
        'unauthorized',
        'This page was opened without its access token. Open the exact link Waymark printed when it started.',
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiClientError('internal', `The server answered ${response.status} without JSON.`);
    }
    if (typeof body === 'object' && body !== null && 'ok' in body) {
      if (body.ok === true && 'result' in body) return body.result;
      if ('error' in body) throw toApiClientError(body.error);
    }
    throw new ApiClientError(
      'internal',
      `The server answered ${response.status} in a shape this app does not know.`,
    );
  };

  const ensureSource = (): EventSource => {
    if (!source) {
      source = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
    }
    return source;
  };

  const on = (name: string, listener: Listener): (() => void) => {
    const es = ensureSource();
    let set = listeners.get(name);
    if (!set) {
      set = new Set();
      listeners.set(name, set);
      const subscribers = set;
      es.addEventListener(name, (event) => {
        if (!(event instanceof MessageEvent) || typeof event.data !== 'string') return;
        let payload: unknown;
        try {
          payload = JSON.parse(event.data);
        } catch {
          return;
        }
        for (const l of subscribers) l(payload);
      });
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };

  return { invoke, on };
}
