import { describe, expect, it } from 'vitest';
import { readableLiquid } from './liquid';

describe('readableLiquid', () => {
  it('shows an output as the name of its value, without filters', () => {
    expect(readableLiquid("{{ profile.first_name | default: 'there' }}, you left something")).toBe(
      '{first_name}, you left something',
    );
  });

  it("drops the event's path as it drops the profile's", () => {
    expect(readableLiquid('Still thinking about the {{ event.properties.product_name }}?')).toBe(
      'Still thinking about the {product_name}?',
    );
    expect(readableLiquid('Your {{event.name}} is confirmed')).toBe('Your {name} is confirmed');
  });

  it('keeps other scopes whole and removes tags', () => {
    expect(readableLiquid('{% if x %}Hi{% endif %} {{ journey.name }}')).toBe('Hi {journey.name}');
    expect(readableLiquid('{{ workspace.name }} news')).toBe('{workspace.name} news');
  });
});
