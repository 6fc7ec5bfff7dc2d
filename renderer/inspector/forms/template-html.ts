// A template's MJML rendered to HTML once per text (mjml-browser is loaded on
// first use and returns a promise); the inspector's thumbnails share the cache.

const cache = new Map<string, Promise<string>>();

export function templateHtml(mjml: string): Promise<string> {
  let html = cache.get(mjml);
  if (!html) {
    html = import('mjml-browser').then(async ({ default: mjml2html }) => {
      const result = await mjml2html(mjml, { validationLevel: 'skip' });
      return result.html;
    });
    html.catch(() => cache.delete(mjml));
    cache.set(mjml, html);
  }
  return html;
}
