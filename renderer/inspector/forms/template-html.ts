// A template's MJML rendered to HTML once per text (mjml-browser is loaded on
// first use and returns a promise), its Liquid filled with the sample
// recipient the template view uses; the inspector's thumbnails share the cache.
import { renderSample, type SampleWorkspace } from '../../views/sample-liquid';

const cache = new Map<string, Promise<string>>();

export function templateHtml(mjml: string, sample?: SampleWorkspace): Promise<string> {
  const key = `${sample?.name ?? ''}\u0000${sample?.timezone ?? ''}\u0000${mjml}`;
  let html = cache.get(key);
  if (!html) {
    html = import('mjml-browser').then(async ({ default: mjml2html }) => {
      const result = await mjml2html(mjml, { validationLevel: 'skip' });
      // A template whose Liquid does not render still gets a picture, as written.
      return sample ? renderSample(result.html, sample).catch(() => result.html) : result.html;
    });
    html.catch(() => cache.delete(key));
    cache.set(key, html);
  }
  return html;
}
