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

  it('refuses a template that includes, renders or lays out another, naming each line', () => {
    const text = `<mjml><mj-body>\n{% if profile.vip %}{% render 'vip-footer' %}{% endif %}\n<mj-text>{% include "legal" %}</mj-text>\n</mj-body></mjml>`;
    const problems = validateWorkspace(bundle({ templates: [{ id: 'welcome-1', mjml: text }] }));
    expect(problems.map((p) => [p.file, p.path, p.value, p.message])).toEqual([
      [
        'templates/welcome-1.mjml',
        '$',
        "{% if profile.vip %}{% render 'vip-footer' %}{% endif %}",
        'uses {% render %} at line 2, which needs another template, and Waymark templates cannot include other templates: copy that content in here and remove the tag.',
      ],
      [
        'templates/welcome-1.mjml',
        '$',
        '<mj-text>{% include "legal" %}</mj-text>',
        'uses {% include %} at line 3, which needs another template, and Waymark templates cannot include other templates: copy that content in here and remove the tag.',
      ],
    ]);
  });

  it('refuses subjects, preheaders and the unsubscribe URL that use another template', () => {
    const j = validJourney();
    j.nodes[2] = {
      id: 'e1',
      type: 'email',
      template: 'welcome-1',
      subject: 'Hi {% render "name" %}',
      preheader: '{% layout "base" %}',
    };
    const b = bundle({ journeys: [j] });
    b.settings.unsubscribeUrl = 'https://x.example/u?e={% include "email" %}';
    expect(validateWorkspace(b).map((p) => [p.path, p.value, p.message])).toEqual([
      [
        '$.unsubscribeUrl',
        'https://x.example/u?e={% include "email" %}',
        expect.stringMatching(/^uses \{% include %\}, which needs another template/),
      ],
      [
        '$.nodes[2].subject',
        'Hi {% render "name" %}',
        expect.stringMatching(/^uses \{% render %\},/),
      ],
      [
        '$.nodes[2].preheader',
        '{% layout "base" %}',
        expect.stringMatching(/^uses \{% layout %\},/),
      ],
    ]);
  });
});
