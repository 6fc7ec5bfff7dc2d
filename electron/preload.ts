// The preload: exactly `invoke` and `on`, through contextBridge, and nothing
// else of Node or Electron. Sandboxed, so it is bundled as CommonJS.
import { contextBridge, ipcRenderer } from 'electron';
import type { WaymarkBridge } from '../src/api/client.ts';
import { eventChannel, invokeChannel } from './ipc.ts';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

ipcRenderer.on(eventChannel, (_event, message: unknown) => {
  if (!isRecord(message) || typeof message.name !== 'string') return;
  for (const listener of listeners.get(message.name) ?? []) listener(message.payload);
});

const bridge = {
  invoke: async (method: string, input: unknown): Promise<unknown> => {
    const reply: unknown = await ipcRenderer.invoke(invokeChannel, { method, input });
    if (isRecord(reply) && reply.ok === true) return reply.result;
    // A plain object survives contextBridge with its code and problems; an Error would not.
    throw isRecord(reply) && isRecord(reply.error)
      ? reply.error
      : { code: 'internal', message: 'The app answered in a shape this window does not know.' };
  },
  on: (name: string, listener: Listener): (() => void) => {
    let set = listeners.get(name);
    if (!set) {
      set = new Set();
      listeners.set(name, set);
    }
    set.add(listener);
    return () => {
      listeners.get(name)?.delete(listener);
    };
  },
} satisfies WaymarkBridge;

contextBridge.exposeInMainWorld('waymark', bridge);
