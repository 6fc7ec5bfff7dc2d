import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFraction, pickWeighted, quickFraction, sha256Words } from './sha256.ts';

const hex = (words: Uint32Array) => [...words].map((w) => w.toString(16).padStart(8, '0')).join('');

describe('sha256', () => {
  it('matches node:crypto, including multi-block and non-ASCII input', () => {
    for (const text of [
      '',
      'abc',
      '42:welcome:ab:ana@example.com',
      'x'.repeat(55),
      'y'.repeat(64),
      'é€😀'.repeat(40),
    ]) {
      expect(hex(sha256Words(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('matches node:crypto on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(hex(sha256Words(text))).toBe(
          createHash('sha256').update(text, 'utf8').digest('hex'),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('the split draw is the first 8 bytes, big-endian, over 2^64', () => {
    const key = '42:welcome:ab:ana@example.com';
    const digest = createHash('sha256').update(key).digest();
    const expected = Number(digest.readBigUInt64BE(0)) / 2 ** 64;
    expect(hashFraction(key)).toBeCloseTo(expected, 15);
  });

  it('weights are laid out cumulatively in the order listed', () => {
    expect(pickWeighted(0, [50, 50])).toBe(0);
    expect(pickWeighted(0.4999, [50, 50])).toBe(0);
    expect(pickWeighted(0.5, [50, 50])).toBe(1);
    expect(pickWeighted(0.1, [10, 80, 10])).toBe(1);
    expect(pickWeighted(0.95, [10, 80, 10])).toBe(2);
    expect(pickWeighted(0.999999, [1])).toBe(0);
  });

  it('the reaction draw stays in [0, 1) and depends only on its key', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const u = quickFraction(text);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
        expect(quickFraction(text)).toBe(u);
      }),
    );
  });
});
