import { describe, expect, it } from 'vitest';
import { liquidError, validateWorkspace } from './index.ts';
import { bundle, mjml, validJourney } from './test-bundle.ts';

describe('Liquid and MJML', () => {
  it('reports why Liquid does not parse, with its line', () => {
    expect(liquidError('Hi {{ profile.first_name | default: "x" }}')).toBeUndefined();
    expect(liquidError('a\nb {% if x %} c')).toEqual({
      message: 'tag {% if x %} not closed',
      line: 2,
    });
  });

  it('refuses a template whose Liquid does not parse, naming the line', () => {
    const text = `<mjml><mj-body>\n<mj-text>{% for x in y %}</mj-text>\n</mj-body></mjml>`;
    const problems = validateWorkspace(bundle({ templates: [{ id: 'welcome-1', mjml: text }] }));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'templates/welcome-1.mjml',
        path: '$',
        value: '<mj-text>{% for x in y %}</mj-text>',
        message: expect.stringContaining('does not parse at line 2'),
      }),
    ]);
  });

  it('refuses a template that is not MJML at all', () => {
    const problems = validateWorkspace(
      bundle({ templates: [{ id: 'welcome-1', mjml: '<html><body>Hi</body></html>' }] }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'templates/welcome-1.mjml',
        message: expect.stringContaining('is not MJML'),
      }),
    ]);
    expect(validateWorkspace(bundle({ templates: [{ id: 'welcome-1', mjml: mjml() }] }))).toEqual(
      [],
    );
  });

  it('refuses subjects, preheaders and the unsubscribe URL whose Liquid does not parse', () => {
    const j = validJourney();
    j.nodes[2] = {
      id: 'e1',
      type: 'email',
      template: 'welcome-1',
      subject: 'Hi {{ profile.first_name',
      preheader: '{% unknowntag %}',
    };
    const b = bundle({ journeys: [j] });
    b.settings.unsubscribeUrl = 'https://x.example/u?e={{ profile.email | url_encode ';
    expect(validateWorkspace(b).map((p) => [p.file, p.path, p.node])).toEqual([
      ['workspace.json', '$.unsubscribeUrl', undefined],
      ['journeys/welcome.journey.json', '$.nodes[2].subject', 'e1'],
      ['journeys/welcome.journey.json', '$.nodes[2].preheader', 'e1'],
    ]);
  });
});
