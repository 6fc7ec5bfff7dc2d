// SHA-256 in plain TypeScript, so the engine runs unchanged in a browser
// (node:crypto is Node-only) and stays synchronous. Used for the spec's split
// choice and for the simulator's reaction chances: a seeded hash keyed by the
// entities involved, never a random stream that depends on call order.

// Speed matters: a split hashes one key per profile, and cohorts have
// thousands. So the words are Int32Array, not Uint32Array: the constants above
// 2^31 keep their bits as negative numbers and every value stays a 32-bit
// integer, where a Uint32 above 2^31 is a double to V8 (measured: ~1.5x slower).
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const encoder = new TextEncoder();
/** The message schedule; the caller fills words 0-15 with a block, `compress` the rest. */
const W = new Int32Array(64);
/** The running hash: reset by `start`, advanced by `compress`. */
const H = new Int32Array(8);
/** The padded message, for text that is not one block of ASCII. */
let buffer = new Uint8Array(128);

function start(): void {
  H[0] = 0x6a09e667;
  H[1] = 0xbb67ae85;
  H[2] = 0x3c6ef372;
  H[3] = 0xa54ff53a;
  H[4] = 0x510e527f;
  H[5] = 0x9b05688c;
  H[6] = 0x1f83d9ab;
  H[7] = 0x5be0cd19;
}

/** Mixes the block in W[0..15] into H. */
function compress(): void {
  // `?? 0` never fires (every index is in range); it only satisfies
  // noUncheckedIndexedAccess, and costs nothing measurable.
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15] ?? 0;
    const w2 = W[i - 2] ?? 0;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[i] = ((W[i - 16] ?? 0) + s0 + (W[i - 7] ?? 0) + s1) | 0;
  }
  let a = H[0] ?? 0;
  let b = H[1] ?? 0;
  let c = H[2] ?? 0;
  let d = H[3] ?? 0;
  let e = H[4] ?? 0;
  let f = H[5] ?? 0;
  let g = H[6] ?? 0;
  let h = H[7] ?? 0;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    // Ch and Maj in their usual forms with one operation fewer.
    const ch = g ^ (e & (f ^ g));
    const t1 = (h + S1 + ch + (K[i] ?? 0) + (W[i] ?? 0)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (c & (a ^ b));
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + S0 + maj) | 0;
  }
  H[0] = ((H[0] ?? 0) + a) | 0;
  H[1] = ((H[1] ?? 0) + b) | 0;
  H[2] = ((H[2] ?? 0) + c) | 0;
  H[3] = ((H[3] ?? 0) + d) | 0;
  H[4] = ((H[4] ?? 0) + e) | 0;
  H[5] = ((H[5] ?? 0) + f) | 0;
  H[6] = ((H[6] ?? 0) + g) | 0;
  H[7] = ((H[7] ?? 0) + h) | 0;
}

/**
 * The common case (a split key: seed and ids, ASCII, under 56 bytes) goes
 * from the char codes straight into W: no byte buffer, one block. The text
 * is `a` then `b`, read in place (a split's fixed prefix, then the profile
 * id: never joined). Returns false, with H untouched, when it needs the
 * general path.
 */
function digestShortAscii(a: string, b: string): boolean {
  const na = a.length;
  const n = na + b.length;
  if (n > 55) return false;
  // Four chars to a big-endian word, then 0x80, zeros, and the length in bits.
  let word = 0;
  for (let i = 0; i < n; i++) {
    const code = i < na ? a.charCodeAt(i) : b.charCodeAt(i - na);
    if (code > 0x7f) return false;
    word = (word << 8) | code;
    if ((i & 3) === 3) {
      W[i >> 2] = word;
      word = 0;
    }
  }
  W[n >> 2] = ((word << 8) | 0x80) << ((3 - (n & 3)) * 8);
  for (let i = (n >> 2) + 1; i < 15; i++) W[i] = 0;
  W[15] = n * 8;
  start();
  compress();
  return true;
}

/** Any text: its UTF-8 bytes, padded as SHA-256 wants, block by block. */
function digestAny(text: string): void {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  const utf8 = ascii ? null : encoder.encode(text);
  const n = utf8 ? utf8.length : text.length;
  const length = Math.ceil((n + 9) / 64) * 64;
  if (buffer.length < length) buffer = new Uint8Array(length * 2);
  const bytes = buffer;
  if (utf8) bytes.set(utf8);
  // Plain ASCII: the char codes are the bytes.
  else for (let i = 0; i < n; i++) bytes[i] = text.charCodeAt(i);
  bytes.fill(0, n, length);
  bytes[n] = 0x80;
  // The length in bits, as a 64-bit big-endian integer.
  const bits = n * 8;
  const hi = Math.floor(bits / 2 ** 32);
  const lo = bits >>> 0;
  for (let k = 0; k < 4; k++) {
    bytes[length - 8 + k] = (hi >>> (24 - k * 8)) & 0xff;
    bytes[length - 4 + k] = (lo >>> (24 - k * 8)) & 0xff;
  }
  start();
  for (let off = 0; off < length; off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4;
      W[i] =
        ((bytes[j] ?? 0) << 24) |
        ((bytes[j + 1] ?? 0) << 16) |
        ((bytes[j + 2] ?? 0) << 8) |
        (bytes[j + 3] ?? 0);
    }
    compress();
  }
}

/** Leaves SHA-256 of the UTF-8 bytes of `a + b` in H. */
function digest(a: string, b: string): void {
  if (!digestShortAscii(a, b)) digestAny(a + b);
}

/** The SHA-256 digest of the UTF-8 bytes of `text`, as eight 32-bit words (a fresh array). */
export function sha256Words(text: string): Uint32Array {
  digest(text, '');
  return new Uint32Array(H);
}

/**
 * The first 8 bytes of SHA-256(text), as an unsigned big-endian integer divided
 * by 2^64: a number in [0, 1). (A double keeps 53 of the 64 bits, which is
 * far finer than any weight a person writes.)
 */
export function hashFraction(text: string): number {
  return hashFractionOf(text, '');
}

/** `hashFraction(a + b)`, without making that text: a split's key is its fixed prefix, then the profile id. */
export function hashFractionOf(a: string, b: string): number {
  digest(a, b);
  // Only the first two words, read in place; `>>> 0` makes them unsigned again.
  const u = ((H[0] ?? 0) >>> 0) / 2 ** 32 + ((H[1] ?? 0) >>> 0) / 2 ** 64;
  return u < 1 ? u : 1 - 2 ** -53;
}

/** Picks the index whose cumulative weight first exceeds `u × total` (spec: "split"). */
export function pickWeighted(u: number, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  const target = u * total;
  let cumulative = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i] ?? 0;
    if (target < cumulative) return i;
  }
  return weights.length - 1;
}

/**
 * A fast seeded hash of a text onto [0, 1) (cyrb53), for draws the spec does
 * not tie to SHA-256: the simulator's reaction chances. Keyed by entities,
 * like the split, so a draw never depends on call order.
 */
export function quickFraction(text: string): number {
  return quickFractionFrom(QUICK_START, text);
}

/** The hash's running state after some text: `quickFraction(a + b)` is `quickFractionFrom(quickPrefix(a), b)`. */
export type QuickPrefix = { readonly h1: number; readonly h2: number };

const QUICK_START: QuickPrefix = { h1: 0xdeadbeef, h2: 0x41c6ce57 };

/** The running state after `text`, to hash many texts that start with it. */
export function quickPrefix(text: string): QuickPrefix {
  return quickPrefixThen(QUICK_START, text);
}

/**
 * The running state after the prefix's text and then `text`: the prefix of
 * `a + b` without making that text (`quickPrefix(a + b)`).
 */
export function quickPrefixThen(prefix: QuickPrefix, text: string): QuickPrefix {
  let h1 = prefix.h1;
  let h2 = prefix.h2;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return { h1, h2 };
}

/** `quickFraction(prefix text + text)`, from the prefix's state. */
export function quickFractionFrom(prefix: QuickPrefix, text: string): number {
  const { h1, h2 } = quickPrefixThen(prefix, text);
  return quickFinish(h1, h2);
}

function quickFinish(h1: number, h2: number): number {
  const f1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const f2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(f1 ^ (f1 >>> 13), 3266489909);
  return ((f2 >>> 0) * 2 ** 21 + (f1 >>> 11)) / 2 ** 53;
}

/**
 * `quickPrefixThen(prefix, \`${n}${suffix}\`)`: a cohort member's id hashed
 * from its cohort's prefix (`<cohort>-`, hashed once) and its number.
 */
export function quickPrefixThenNumber(prefix: QuickPrefix, n: number, suffix: string): QuickPrefix {
  return quickPrefixThen(prefix, `${n}${suffix}`);
}

// Decimal digits of a whole number, least significant first (reused).
const digits = new Uint8Array(24);

/**
 * `quickFractionFrom(prefix, \`${a}:${b}\`)` for whole numbers `a, b >= 0`,
 * without making the text: the simulator draws one per reaction and event.
 */
export function quickFractionOfPair(prefix: QuickPrefix, a: number, b: number): number {
  let h1 = prefix.h1;
  let h2 = prefix.h2;
  for (let part = 0; part < 2; part++) {
    let x = part === 0 ? a : b;
    let n = 0;
    do {
      digits[n++] = 48 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
    while (n > 0) {
      const ch = digits[--n] ?? 48;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    if (part === 0) {
      h1 = Math.imul(h1 ^ 58, 2654435761); // ':'
      h2 = Math.imul(h2 ^ 58, 1597334677);
    }
  }
  return quickFinish(h1, h2);
}
