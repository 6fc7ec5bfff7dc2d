import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hashFraction,
  hashFractionOf,
  pickWeighted,
  quickFraction,
  quickFractionFrom,
  quickFractionOfPair,
  quickPrefix,
  quickPrefixThen,
  quickPrefixThenNumber,
  sha256Words,
} from './sha256.ts';

const hex = (words: Uint32Array) => [...words].map((w) => w.toString(16).padStart(8, '0')).join('');
const nodeHex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** hashFraction's formula applied to node:crypto's digest: the spec's split draw. */
function nodeFraction(text: string): number {
  const digest = createHash('sha256').update(text, 'utf8').digest();
  const u = digest.readUInt32BE(0) / 2 ** 32 + digest.readUInt32BE(4) / 2 ** 64;
  return u < 1 ? u : 1 - 2 ** -53;
}

// Lengths around the block edges: 55 bytes is the longest one-block message,
// 56 needs a second block for the length, 64 and up are two blocks of data.
const vectors = [
  '',
  'abc',
  '42:welcome:ab:ana@example.com',
  'x'.repeat(55),
  'z'.repeat(56),
  'y'.repeat(64),
  'w'.repeat(119),
  'v'.repeat(120),
  'é',
  `${'a'.repeat(54)}é`,
  'é€😀'.repeat(40),
];

describe('sha256', () => {
  it('matches node:crypto, including multi-block and non-ASCII input', () => {
    for (const text of vectors) {
      expect(hex(sha256Words(text))).toBe(nodeHex(text));
      expect(hashFraction(text)).toBe(nodeFraction(text));
      // Split anywhere, the two parts hash as the whole.
      for (let k = 0; k <= text.length; k++)
        expect(hashFractionOf(text.slice(0, k), text.slice(k))).toBe(nodeFraction(text));
    }
  });

  it('matches the published digests of "" and "abc"', () => {
    expect(hex(sha256Words(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(hex(sha256Words('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('returns a fresh array each time', () => {
    const first = sha256Words('abc');
    sha256Words('def');
    expect(hex(first)).toBe(nodeHex('abc'));
  });

  it('matches node:crypto on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(hex(sha256Words(text))).toBe(nodeHex(text));
        expect(hashFraction(text)).toBe(nodeFraction(text));
      }),
      { numRuns: 200 },
    );
  });

  it('matches node:crypto on ASCII strings of every length near the block edges', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', minLength: 40, maxLength: 130 }), (text) => {
        expect(hex(sha256Words(text))).toBe(nodeHex(text));
        expect(hashFraction(text)).toBe(nodeFraction(text));
      }),
      { numRuns: 300 },
    );
  });

  it('matches node:crypto on split keys', () => {
    const id = fc.stringMatching(/^[a-z0-9@._-]{1,20}$/);
    fc.assert(
      fc.property(fc.nat(), id, id, id, (seed, journey, node, profile) => {
        const key = `${seed}:${journey}:${node}:${profile}`;
        expect(hashFraction(key)).toBe(nodeFraction(key));
        expect(hashFractionOf(`${seed}:${journey}:${node}:`, profile)).toBe(nodeFraction(key));
      }),
      { numRuns: 300 },
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

  it('continues a prefix as the prefix of the joined text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(quickPrefixThen(quickPrefix(a), b)).toEqual(quickPrefix(a + b));
      }),
    );
  });

  it("continues a prefix with a whole number and a suffix as with their text (a cohort member's id)", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.string(), (start, n, suffix) => {
        expect(quickPrefixThenNumber(quickPrefix(start), n, suffix)).toEqual(
          quickPrefix(`${start}${n}${suffix}`),
        );
      }),
    );
    expect(quickPrefixThenNumber(quickPrefix('42:new-signups-'), 10, ':')).toEqual(
      quickPrefix('42:new-signups-10:'),
    );
  });

  it('draws for a pair of whole numbers as for their text, prefix included', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (start, a, b) => {
        const prefix = quickPrefix(start);
        expect(quickFractionOfPair(prefix, a, b)).toBe(quickFractionFrom(prefix, `${a}:${b}`));
        expect(quickFractionOfPair(prefix, a, b)).toBe(quickFraction(`${start}${a}:${b}`));
      }),
    );
    const prefix = quickPrefix('42:new-signups-1:');
    for (const [a, b] of [
      [0, 0],
      [9, 10],
      [2, 123456789012],
    ] as const)
      expect(quickFractionOfPair(prefix, a, b)).toBe(quickFractionFrom(prefix, `${a}:${b}`));
  });
});
