// The Content-Security-Policy of the app's page, for the HTTP host and Electron.
// Scripts only from the app itself; nothing remote at all. Styles allow
// 'unsafe-inline' because email previews are srcdoc frames, which inherit this
// policy, and MJML's output is styled inline (React Flow itself needs no
// inline <style>: it sets styles through the CSSOM, which CSP allows).
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: data:",
  "child-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
