// The renderer is served from a custom scheme (waymark://app/) instead of
// file://, so that it has a real origin, gets its CSP as a response header,
// and can only read files inside dist/renderer.
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../src/host/csp.ts';
import { readStatic } from '../src/host/static-files.ts';

export const appScheme = 'waymark';
export const appOrigin = `${appScheme}://app`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = await readStatic(rendererDir, path);
    if (!file) return new Response('Not found', { status: 404 });
    const headers: Record<string, string> = {
      'Content-Type': file.contentType,
      'X-Content-Type-Options': 'nosniff',
    };
    if (file.isHtml) headers['Content-Security-Policy'] = contentSecurityPolicy;
    return new Response(new Uint8Array(file.body), { status: 200, headers });
  });
}
