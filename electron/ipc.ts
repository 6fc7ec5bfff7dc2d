// The IPC contract between preload and main: channel names and the shapes that
// cross them. No imports, so the sandboxed preload bundle stays tiny.
export const invokeChannel = 'waymark:invoke';
export const eventChannel = 'waymark:event';

export type InvokeReply =
  | { ok: true; result: unknown }
  | { ok: false; error: { code: string; message: string; problems?: unknown[] } };

export type EventMessage = { name: string; payload: unknown };
