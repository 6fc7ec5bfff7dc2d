// Loads one API result for a view, with loading and error states, and loads
// it again when a pushed `workspace.changed` concerns it.
import { useCallback, useEffect, useState } from 'react';
import type { ApiEvents, InputOf, Method, OutputOf } from '../../src/api/client';
import { useApi } from '../api/context';
import { toApiClientError } from '../api/errors';
import type { Loadable } from '../stores/workspace-store';

export type Change = ApiEvents['workspace.changed'];

export function useInvoke<K extends Method>(
  method: K,
  input: InputOf<K>,
  concerns: (change: Change) => boolean = () => false,
): Loadable<OutputOf<K>> & { reload: () => void } {
  const api = useApi();
  const key = `${method} ${JSON.stringify(input)}`;
  const [state, setState] = useState<{ key: string; value: Loadable<OutputOf<K>> }>({
    key,
    value: { status: 'loading' },
  });
  const [nonce, setNonce] = useState(0);
  const reload = useCallback(() => setNonce((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for method and input
  useEffect(() => {
    let live = true;
    api.invoke(method, input).then(
      (data) => live && setState({ key, value: { status: 'ready', data } }),
      (err: unknown) =>
        live && setState({ key, value: { status: 'error', error: toApiClientError(err) } }),
    );
    return () => {
      live = false;
    };
  }, [api, key, nonce]);

  const concernsRef = useLatest(concerns);
  useEffect(
    () => api.on('workspace.changed', (change) => concernsRef.current(change) && reload()),
    [api, reload, concernsRef],
  );

  const value: Loadable<OutputOf<K>> = state.key === key ? state.value : { status: 'loading' };
  return { ...value, reload };
}

function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
