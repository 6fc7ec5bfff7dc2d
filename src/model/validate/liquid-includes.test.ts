import { Liquid } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { includeTags } from './liquid-includes.ts';

const liquid = new Liquid({ templates: {} });
const found = (text: string) => includeTags(liquid.parse(text));

describe('includeTags', () => {
  it('finds render, include and layout with the line each starts on', () => {
    expect(found('Hi\n{% render "footer" %}\n{%- include header -%} {% layout "base" %}')).toEqual([
      { name: 'render', line: 2 },
      { name: 'include', line: 3 },
      { name: 'layout', line: 3 },
    ]);
  });

  it('finds them nested in blocks and in the liquid tag', () => {
    const text = [
      '{% if profile.vip %}',
      '  {% for x in y %}{% capture c %}{% render "a" %}{% endcapture %}{% endfor %}',
      '{% else %}',
      '  {% case t %}{% when 1 %}{% include "b" %}{% endcase %}',
      '{% endif %}',
      '{% liquid',
      '  assign n = 1',
      '  render "c"',
      '%}',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'render', line: 2 },
      { name: 'include', line: 4 },
      { name: 'render', line: 8 },
    ]);
  });

  it('does not take raw text, comments or other tags for them', () => {
    expect(
      found(
        '{% raw %}{% render "x" %}{% endraw %}{% comment %}{% include "y" %}{% endcomment %}' +
          '{% # render z %}{{ "render" }} {% assign include = 1 %}',
      ),
    ).toEqual([]);
  });
});
