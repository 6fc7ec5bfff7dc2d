import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { RenderContext } from './context.ts';
import { MjmlCompiler } from './mjml.ts';
import { createTemplateRenderer } from './renderer.ts';

const settings = {
  format: 'workspace/v1' as const,
  name: 'Acme Shoes',
  timezone: 'Europe/Lisbon',
  sender: { name: 'Acme', email: 'hello@acme.example' },
  frequencyCap: null,
  unsubscribeUrl: 'https://acme.example/unsubscribe?e={{ profile.email | url_encode }}',
};

const welcome = `<mjml><mj-body><mj-section><mj-column>
<mj-text>Hello {{ profile.first_name | default: 'friend' }}, from {{ workspace.name }} ({{ journey.name }}).</mj-text>
<mj-text>Your webinar starts {{ event.starts_at }}. Plan: {{ profile.plan }}.</mj-text>
<mj-button href="{{ unsubscribe_url }}">Unsubscribe</mj-button>
</mj-column></mj-section></mj-body></mjml>`;

function bundle(templates: Record<string, string>): WorkspaceBundle {
  return {
    settings,
    journeys: [],
    templates: Object.entries(templates).map(([id, mjml]) => ({ id, mjml })),
    segments: [],
    personaSets: [],
  };
}

function ctx(profile: Record<string, unknown>): RenderContext {
  return {
    profile,
    event: {
      name: 'webinar_registered',
      at: '2026-03-02T09:00:00Z',
      properties: { starts_at: '2026-03-05T17:00:00Z' },
    },
    journey: { id: 'webinar', name: 'Webinar' },
    workspace: settings,
  };
}

describe('subjects', () => {
  const r = createTemplateRenderer(bundle({}));

  it('renders the scope without HTML escaping', () => {
    expect(
      r.renderSubject(
        ctx({ email: 'a@x.io', first_name: 'Ana & <Bo>' }),
        'Hi {{ profile.first_name }}',
      ),
    ).toEqual({
      text: 'Hi Ana & <Bo>',
    });
  });

  it('folds CR and LF into spaces so no header can be injected', () => {
    const out = r.renderSubject(
      ctx({ email: 'a@x.io', first_name: 'Ana\r\nBcc: all@x.io' }),
      '{{ profile.first_name }}, welcome',
    );
    expect(out).toEqual({ text: 'Ana Bcc: all@x.io, welcome' });
    expect(JSON.stringify(out)).not.toMatch(/\\r|\\n/);
  });

  it('renders missing variables empty and applies default', () => {
    const c = ctx({ email: 'a@x.io' });
    expect(r.renderSubject(c, '[{{ profile.nope.deeper }}]')).toEqual({ text: '[]' });
    expect(
      r.renderSubject(c, "{{ profile.first_name | default: 'Hi' }}, you left something"),
    ).toEqual({
      text: 'Hi, you left something',
    });
  });

  it('reads the triggering event and the journey', () => {
    expect(
      r.renderSubject(
        ctx({ email: 'a@x.io' }),
        '{{ journey.id }} {{ event.name }} {{ event.starts_at }}',
      ),
    ).toEqual({
      text: 'webinar webinar_registered 2026-03-05T17:00:00Z',
    });
  });

  it('returns a broken template as an error value instead of throwing', () => {
    const out = r.renderSubject(ctx({ email: 'a@x.io' }), 'Hi {{ profile.first_name ');
    expect(out).toHaveProperty('error');
    expect(r.renderSubject(ctx({ email: 'a@x.io' }), '{% if %}x')).toHaveProperty('error');
  });

  it('cannot read files through include', () => {
    expect(r.renderSubject(ctx({ email: 'a@x.io' }), "{% include '/etc/passwd' %}")).toHaveProperty(
      'error',
    );
  });
});

describe('emails', () => {
  it('escapes profile values in HTML and URL-encodes the unsubscribe link', async () => {
    const r = createTemplateRenderer(bundle({ welcome }));
    const out = await r.renderEmail(
      ctx({ email: 'ana+x@example.com', first_name: '<script>alert(1)</script>' }),
      'welcome',
      { subject: 'Hi {{ profile.first_name }}' },
    );
    expect(out.errors).toEqual([]);
    expect(out.html).not.toContain('<script>alert');
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.html).toContain('https://acme.example/unsubscribe?e=ana%2Bx%40example.com');
    expect(out.html).toContain('from Acme Shoes (Webinar)');
    expect(out.subject).toBe('Hi <script>alert(1)</script>');
  });

  it('renders missing variables empty and the default filter in the body', async () => {
    const r = createTemplateRenderer(bundle({ welcome }));
    const out = await r.renderEmail(ctx({ email: 'a@x.io' }), 'welcome');
    expect(out.errors).toEqual([]);
    expect(out.html).toContain('Hello friend, from');
    expect(out.html).toContain('Plan: .');
    expect(out.subject).toBeUndefined();
  });

  it('gives a readable plain-text alternative', async () => {
    const r = createTemplateRenderer(bundle({ welcome }));
    const out = await r.renderEmail(ctx({ email: 'a@x.io', first_name: 'Ana' }), 'welcome');
    expect(out.text).toContain('Hello Ana, from Acme Shoes (Webinar).');
    expect(out.text).toContain('Unsubscribe (https://acme.example/unsubscribe?e=a%40x.io)');
    expect(out.text).not.toMatch(/<|mso|\{/);
  });

  it('returns problems as values: missing template, bad MJML, bad Liquid', async () => {
    const r = createTemplateRenderer(
      bundle({
        'bad-mjml': 'not mjml at all',
        'bad-liquid': '<mjml><mj-body><mj-text>{% for %}</mj-text></mj-body></mjml>',
      }),
    );
    const c = ctx({ email: 'a@x.io' });
    for (const id of ['nope', 'bad-mjml', 'bad-liquid']) {
      const out = await r.renderEmail(c, id);
      expect(out.errors.length, id).toBe(1);
      expect(out.html).toBe('');
    }
  });

  it('compiles MJML once per template revision, Liquid per recipient', async () => {
    const compiler = new MjmlCompiler();
    const first = createTemplateRenderer(bundle({ welcome }), { compiler });
    const a = await first.renderEmail(ctx({ email: 'a@x.io', first_name: 'Ana' }), 'welcome');
    const b = await first.renderEmail(ctx({ email: 'b@x.io', first_name: 'Bo' }), 'welcome');
    expect(compiler.compilations).toBe(1);
    expect(a.html).toContain('Hello Ana');
    expect(b.html).toContain('Hello Bo');
    // The same revision in another renderer (same content, same id) is a hit too.
    await createTemplateRenderer(bundle({ welcome }), { compiler }).renderEmail(
      ctx({ email: 'c@x.io' }),
      'welcome',
    );
    expect(compiler.compilations).toBe(1);
    // An edited template is a new revision.
    const edited = welcome.replace('Hello', 'Hey');
    const c = await createTemplateRenderer(bundle({ welcome: edited }), { compiler }).renderEmail(
      ctx({ email: 'c@x.io', first_name: 'Cy' }),
      'welcome',
    );
    expect(compiler.compilations).toBe(2);
    expect(c.html).toContain('Hey Cy');
  });
});
