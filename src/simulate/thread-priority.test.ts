import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, v8ThreadIds, yieldBackgroundThreads } from './thread-priority.ts';

describe.runIf(process.platform === 'linux')('yieldBackgroundThreads', () => {
  it("lowers V8's background threads and leaves the calling thread as it was", () => {
    const ids = v8ThreadIds();
    // Node starts its platform's threads before any script runs.
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(process.pid);
    const own = getPriority();
    expect(yieldBackgroundThreads()).toBe(ids.length);
    for (const id of ids) expect(getPriority(id)).toBeGreaterThanOrEqual(BACKGROUND_NICE);
    expect(getPriority()).toBe(own);
    // Once per process.
    expect(yieldBackgroundThreads()).toBe(0);
  });
});
