// Which links may leave the app for the system browser or mail client:
// https and mailto only, without credentials. Everything else stays denied.
const allowedProtocols = new Set(['https:', 'mailto:']);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!allowedProtocols.has(url.protocol)) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:' && url.hostname === '') return false;
  return true;
}
