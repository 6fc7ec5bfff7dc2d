import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseScope, type RenderContext } from './context.ts';
import { compileFastSubject } from './fast-subject.ts';
import { LiquidRenderer } from './liquid.ts';
import { toHeaderText } from './subject.ts';

const settings = {
  format: 'workspace/v1' as const,
  name: 'Acme',
  timezone: 'Europe/Lisbon',
  sender: { name: 'Acme', email: 'hello@acme.example' },
  suppressions: [{ email: 'x@y.z', reason: 'manual' as const }],
};

const keys = ['first_name', 'plan', 'name', 'at', 'items', 'nested', 'suppressions', 'id'];
const leaf = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constant(''),
  // Values the header folding must catch: line breaks, spaces at an end, non-ASCII ends.
  fc.constantFrom('a\nb', '\r\n', ' x ', 'x\u2028', '\u00e9t\u00e9', '\t'),
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  { arbitrary: leaf, weight: 4 },
  { arbitrary: fc.array(leaf, { maxLength: 2 }), weight: 1 },
  { arbitrary: fc.dictionary(fc.constantFrom(...keys), leaf, { maxKeys: 3 }), weight: 1 },
);
const record = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 5 });

const path = fc
  .tuple(
    fc.constantFrom('profile', 'event', 'journey', 'workspace', 'other'),
    fc.array(
      fc.oneof(
        fc.constantFrom(...keys).map((k) => `.${k}`),
        fc.constantFrom('[0]', '[1]'),
      ),
      {
        maxLength: 3,
      },
    ),
    fc.option(fc.constantFrom("'Hi'", '"friend"', "''", "' a\nb'")),
  )
  .map(([root, rest, dflt]) => `{{ ${root}${rest.join('')}${dflt ? ` | default: ${dflt}` : ''} }}`);
const source = fc
  .array(fc.oneof(fc.constantFrom('Hi ', ', ', '!', ' & <b> ', ' ', '\r\n', '\u00e9'), path), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

const context = fc.record({
  profile: record,
  event: fc.option(
    fc.record({
      name: fc.constant('signed_up'),
      at: fc.constant('2026-03-02T09:00:00Z'),
      properties: record,
    }),
  ),
});

describe('fast subject path', () => {
  const liquid = new LiquidRenderer('Europe/Lisbon');

  it('renders exactly what liquidjs renders as header text, whenever it renders at all', () => {
    let fastCount = 0;
    fc.assert(
      fc.property(source, context, (src, c) => {
        const ctx: RenderContext = {
          profile: c.profile,
          event: c.event,
          journey: { id: 'j', name: 'Journey' },
          workspace: settings,
        };
        const fast = compileFastSubject(src);
        // `event` and `journey` alone, or `journey[0]`, are never plain text.
        expect(fast === null).toBe(/\{\{ (event |journey[ [])/.test(src));
        const quick = fast?.(ctx, ctx.event);
        if (quick === undefined) return;
        fastCount += 1;
        const slow = liquid.render(src, 'plain', baseScope(ctx));
        expect({ text: quick }).toEqual('error' in slow ? slow : { text: toHeaderText(slow.text) });
      }),
      { numRuns: 500 },
    );
    // The comparison above must have run often enough to mean something.
    expect(fastCount).toBeGreaterThan(100);
  });

  it('leaves everything outside its subset to liquidjs', () => {
    for (const src of [
      '{% if profile.vip %}VIP{% endif %}',
      '{{ profile.first_name | upcase }}',
      '{{ profile.tags.size }}',
      '{{ unsubscribe_url }}',
      '{{- profile.first_name -}}',
      "{{ profile.x | default: 'it\\'s' }}",
      'unbalanced }} text',
    ]) {
      expect(compileFastSubject(src), src).toBeNull();
    }
  });
});
