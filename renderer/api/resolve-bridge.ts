// Which bridge this window talks through: Electron's preload puts one on
// `window.waymark`; in browser mode the page URL carries the launch token.
import type { WaymarkBridge } from '../../src/api/client';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    waymark?: WaymarkBridge;
  }
}

const tokenKey = 'waymark.token';

export type BridgeResolution = { ok: true; bridge: WaymarkBridge } | { ok: false; message: string };

export function resolveBridge(win: Window): BridgeResolution {
  if (win.waymark) return { ok: true, bridge: win.waymark };
  const fromUrl = new URLSearchParams(win.location.search).get('token');
  if (fromUrl) win.sessionStorage.setItem(tokenKey, fromUrl);
  const token = fromUrl ?? win.sessionStorage.getItem(tokenKey);
  if (!token) {
    return {
      ok: false,
      message:
        'This page needs the link Waymark printed when it started (it ends with ?token=…). Copy it from the terminal and open it again.',
    };
  }
  return { ok: true, bridge: createHttpBridge(win.location.origin, token) };
}
