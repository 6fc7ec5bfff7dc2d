// Browser mode: the API over HTTP on 127.0.0.1, behind a random per-launch
// token. POST /api/invoke carries calls, GET /api/events pushes events as
// server-sent events, and the built renderer is served from dist/renderer.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import type { Dispatch } from '../api/dispatch.ts';
import { ApiError, type ApiErrorCode } from '../api/errors.ts';
import type { ApiEventName } from '../api/events.ts';
import { contentSecurityPolicy } from './csp.ts';
import { bearerOf, checkSameSite, newToken, tokenMatches } from './http-security.ts';
import { readStatic } from './static-files.ts';

export type HttpHostOptions = {
  api: {
    dispatch: Dispatch;
    onAny: (listener: (name: ApiEventName, payload: unknown) => void) => () => void;
  };
  /** The built renderer (vite's outDir). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes (default 25 MB). */
  bodyLimit?: number;
};

export type HttpHost = {
  url: string;
  port: number;
  token: string;
  rendererBuilt: boolean;
  close: () => Promise<void>;
};

const InvokeRequest = z.object({ method: z.string().min(1), input: z.unknown() });

const statusOf: Record<ApiErrorCode, number> = {
  'bad-input': 400,
  'invalid-workspace': 422,
  'not-found': 404,
  'unknown-method': 404,
  conflict: 409,
  cancelled: 499,
  internal: 500,
};

class BodyTooLarge extends Error {}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? newToken();
  const bodyLimit = options.bodyLimit ?? 25 * 1024 * 1024;
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((req, res) => {
    baseHeaders(res);
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, failure(ApiError.from(err)));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = checkSameSite(req, port);
    if (refused) return sendText(res, refused.status, refused.message);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return sendText(res, 405, 'Use POST.', { Allow: 'POST' });
      if (!tokenMatches(token, bearerOf(req))) return unauthorized(res);
      return invoke(req, res);
    }
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendText(res, 405, 'Use GET.', { Allow: 'GET' });
      if (!tokenMatches(token, url.searchParams.get('token'))) return unauthorized(res);
      return openEventStream(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    }
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = await readStatic(options.rendererDir, path);
    if (!file) {
      if (path === '/index.html') return sendText(res, 503, notBuiltMessage(options.rendererDir));
      return sendText(res, 404, 'Not found.');
    }
    // Pages carry the app; scripts and styles are only the public bundle.
    if (file.isHtml) {
      if (!tokenMatches(token, url.searchParams.get('token'))) return unauthorized(res);
      res.setHeader('Content-Security-Policy', contentSecurityPolicy);
      res.setHeader('Cache-Control', 'no-store');
    }
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json(\s*;|$)/i.test(type)) {
      return sendJson(
        res,
        415,
        failure(new ApiError('bad-input', 'Send JSON (application/json).')),
      );
    }
    let text: string;
    try {
      text = await readBody(req, bodyLimit);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return sendJson(
          res,
          413,
          failure(new ApiError('bad-input', `The request is larger than ${bodyLimit} bytes.`)),
        );
      }
      throw err;
    }
    let parsed: z.infer<typeof InvokeRequest>;
    try {
      parsed = InvokeRequest.parse(JSON.parse(text));
    } catch {
      return sendJson(
        res,
        400,
        failure(
          new ApiError('bad-input', 'The body must be JSON: { "method": ..., "input": ... }.'),
        ),
      );
    }
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    try {
      const result = await options.api.dispatch(parsed.method, parsed.input, abort.signal);
      sendJson(res, 200, { ok: true, result });
    } catch (err) {
      const error = ApiError.from(err);
      sendJson(res, statusOf[error.code], failure(error));
    }
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.api.onAny((name, payload) => {
      res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    // A comment now and then keeps proxies and idle timeouts from closing it.
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    });
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  port = address.port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    rendererBuilt: existsSync(join(options.rendererDir, 'index.html')),
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const s of streams) s.end();
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

export function notBuiltMessage(rendererDir: string): string {
  return `The app's pages are not built (${join(rendererDir, 'index.html')} is missing). Run "npm run build", then start again.`;
}

function baseHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function failure(error: ApiError): { ok: false; error: ReturnType<ApiError['toJSON']> } {
  return { ok: false, error: error.toJSON() };
}

function unauthorized(res: ServerResponse): void {
  sendJson(
    res,
    401,
    failure(
      new ApiError(
        'bad-input',
        'Missing or wrong access token: open the exact link Waymark printed when it started.',
      ),
    ),
  );
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
