// The renderer's typed face of the API: `invoke` and `on` with the types the
// registry derives, over whichever bridge the window has.
import type {
  ApiEventName,
  ApiEvents,
  InputOf,
  Invoke,
  Method,
  OutputOf,
  Subscribe,
  WaymarkBridge,
} from '../../src/api/client';
import { toApiClientError } from './errors';

export type Api = { invoke: Invoke; on: Subscribe };

export function createApi(bridge: WaymarkBridge): Api {
  const invoke = async <K extends Method>(method: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    try {
      // The host validated the result against the method's output schema;
      // this is the one place where the renderer takes that on trust.
      return (await bridge.invoke(method, input)) as OutputOf<K>;
    } catch (err) {
      throw toApiClientError(err);
    }
  };
  const on = <K extends ApiEventName>(
    name: K,
    listener: (payload: ApiEvents[K]) => void,
  ): (() => void) => bridge.on(name, (payload) => listener(payload as ApiEvents[K]));
  return { invoke, on };
}
