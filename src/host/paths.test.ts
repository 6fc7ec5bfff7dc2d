import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, defaultDatabasePath, userCacheDir, userDataDir } from './paths.ts';

describe('paths', () => {
  it('puts user data where each platform expects it', () => {
    expect(userDataDir({}, 'linux', '/home/ana')).toBe('/home/ana/.local/share/Waymark');
    expect(userDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/ana')).toBe('/data/Waymark');
    expect(userDataDir({}, 'darwin', '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Waymark',
    );
    expect(userDataDir({ APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'win32', 'C:/Users/ana')).toBe(
      join('C:/Users/ana/AppData/Roaming', 'Waymark'),
    );
    expect(defaultDatabasePath({ XDG_DATA_HOME: '/data' })).toMatch(/waymark\.db$/);
  });

  it('puts the cache where each platform expects it', () => {
    expect(userCacheDir({}, 'linux', '/home/ana')).toBe('/home/ana/.cache/waymark');
    expect(userCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/ana')).toBe('/c/waymark');
    expect(userCacheDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Caches/Waymark');
    expect(userCacheDir({ LOCALAPPDATA: 'C:/L' }, 'win32', 'C:/Users/ana')).toBe(
      join('C:/L', 'Waymark', 'Cache'),
    );
  });

  it('finds migrations, resources and the renderer under the app root', () => {
    const p = appPaths('/app');
    expect(p.migrationsDir).toBe('/app/drizzle');
    expect(p.starterDir).toBe('/app/resources/starter');
    expect(p.rendererDir).toBe('/app/dist/renderer');
    expect(appPaths('/app', '/res').starterDir).toBe('/res/starter');
  });
});
