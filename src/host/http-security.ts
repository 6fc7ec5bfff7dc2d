// The checks every browser-mode request passes: the launch token (compared in
// constant time), the Host header (against DNS rebinding) and the Origin
// (no other site may call the API; there are no CORS headers to allow it).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  // Hashing first makes both sides the same length, as timingSafeEqual needs.
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

export function bearerOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** The names this server answers to; anything else is another site (DNS rebinding). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export type Refusal = { status: number; message: string } | undefined;

export function checkSameSite(req: IncomingMessage, port: number): Refusal {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host)) {
    return { status: 403, message: 'This server only answers to 127.0.0.1.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      const url = new URL(origin);
      host = url.protocol === 'http:' ? url.host : undefined;
    } catch {
      host = undefined;
    }
    if (!host || !hosts.has(host)) {
      return { status: 403, message: 'Requests from other origins are refused.' };
    }
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return { status: 403, message: 'Requests from other sites are refused.' };
  }
  return undefined;
}
