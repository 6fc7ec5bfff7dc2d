import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-links.ts';

describe('isAllowedExternalUrl', () => {
  it('lets https and mailto links out', () => {
    expect(isAllowedExternalUrl('https://example.com/docs')).toBe(true);
    expect(isAllowedExternalUrl('mailto:hello@example.com')).toBe(true);
  });

  it('keeps every other link in', () => {
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://user:pw@example.com',
      'waymark://app/index.html',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });
});
