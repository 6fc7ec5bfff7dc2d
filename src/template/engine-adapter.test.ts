import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../model/bundle.ts';
import { engineSubjectRenderer } from './engine-adapter.ts';
import { createTemplateRenderer } from './renderer.ts';

const settings = {
  format: 'workspace/v1' as const,
  name: 'Acme',
  timezone: 'Europe/Lisbon',
  sender: { name: 'Acme', email: 'hello@acme.example' },
  unsubscribeUrl: 'https://acme.example/u?e={{ profile.email | url_encode }}',
};
const bundle: WorkspaceBundle = {
  settings,
  journeys: [],
  templates: [],
  segments: [],
  personaSets: [],
};

describe('the engine adapter', () => {
  const adapter = engineSubjectRenderer(createTemplateRenderer(bundle));
  // The engine's scope: event flattened, properties also under `properties`.
  const scope = {
    profile: { email: 'a+b@x.io', first_name: 'Ana\nBcc: x' },
    event: {
      name: 'webinar_registered',
      at: '2026-03-02T09:00:00Z',
      properties: { title: 'T1' },
      title: 'T1',
    },
    journey: { id: 'webinar', name: 'Webinar' },
    workspace: settings,
  };

  it('renders both event.title and event.properties.title, folding line breaks', () => {
    expect(
      adapter.renderSubject(
        '{{ profile.first_name }}: {{ event.title }} / {{ event.properties.title }}',
        scope,
      ),
    ).toBe('Ana Bcc: x: T1 / T1');
  });

  it('renders the unsubscribe URL Liquid as the engine asks for it', () => {
    expect(adapter.renderSubject(settings.unsubscribeUrl, scope)).toBe(
      'https://acme.example/u?e=a%2Bb%40x.io',
    );
  });

  it('reads the engine event as liquidjs sees it, odd shapes included', () => {
    const subject =
      "{{ event.name }}|{{ event.at | default: 'none' }}|{{ event.title | default: 'd' }}|{{ event.properties.title }}";
    // A tag keeps the fast path out: liquidjs renders the same text.
    const slow = `{% comment %}{% endcomment %}${subject}`;
    for (const event of [
      scope.event,
      { name: 'n', at: 'a', properties: { title: 'from properties' }, title: 'top' },
      { name: 5, at: null, properties: ['x'] },
      { title: 'no properties' },
      null,
    ]) {
      const s = { ...scope, event };
      expect(adapter.renderSubject(subject, s)).toBe(adapter.renderSubject(slow, s));
    }
  });

  it('throws on a broken subject, which the engine records on the email', () => {
    expect(() => adapter.renderSubject('{{ profile.first_name ', scope)).toThrow(/Liquid/);
  });
});
