// Tags that pull in another template. Waymark's Liquid has no partials (the
// renderer in src/template/liquid.ts is given no templates), so `render`,
// `include` and `layout` parse but fail for every recipient. They are found in
// the parsed template, nested ones too, rather than by a pattern over the text,
// so a tag inside `{% raw %}` or a comment is not mistaken for one.
import { Tag, type Template, toValueSync } from 'liquidjs';

/** The tags whose whole job is to use another template. */
const includingTags: ReadonlySet<string> = new Set(['render', 'include', 'layout']);

export type IncludeTag = {
  /** The tag's name: `render`, `include` or `layout`. */
  name: string;
  /** The line it starts on, from 1. */
  line: number;
};

/** Every tag of parsed Liquid that needs another template, in the order written. */
export function includeTags(templates: readonly Template[]): IncludeTag[] {
  return templates.flatMap((template) => {
    const here: IncludeTag[] =
      template instanceof Tag && includingTags.has(template.name)
        ? [{ name: template.name, line: template.token.getPosition()[0] ?? 1 }]
        : [];
    // `children(false, …)` lists what a block tag holds (if, for, capture, the
    // `liquid` tag…) without loading any partial; the generator runs
    // synchronously because nothing in it waits.
    const nested = template.children
      ? includeTags(toValueSync(template.children(false, true)))
      : [];
    return [...here, ...nested];
  });
}
