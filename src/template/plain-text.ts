// The plain-text part of a multipart email, from the rendered HTML: what a
// reader would see, with links kept as "text (url)" and blocks on their own lines.
import { load } from 'cheerio';

const blockTags = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'section',
  'hr',
]);

export function htmlToText(html: string): string {
  const $ = load(html);
  $('head, style, script, title, noscript').remove();
  // Hidden preheaders and MSO conditional blocks are not part of what is read.
  $('[style*="display:none"], [style*="display: none"]').remove();
  $('a[href]').each((_, el) => {
    const a = $(el);
    const href = a.attr('href') ?? '';
    const label = a.text().replace(/\s+/g, ' ').trim();
    if (href && !href.startsWith('#') && label !== href)
      a.text(label ? `${label} (${href})` : href);
  });
  $('br').replaceWith('\n');
  // Table cells side by side read as words apart, not run together.
  $('td, th').after(' ');
  $('*').each((_, el) => {
    if (el.type === 'tag' && blockTags.has(el.tagName)) $(el).before('\n').after('\n');
  });
  const text = $.root().text();
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
