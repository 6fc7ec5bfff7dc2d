// Where the app's files are: the drizzle/ migrations, resources/ (the starter
// workspace) and the built renderer. Relative to the app's root, which is the
// repository in development and app.getAppPath() in a packaged Electron app.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export type AppPaths = {
  root: string;
  migrationsDir: string;
  resourcesDir: string;
  starterDir: string;
  rendererDir: string;
};

/** The repository root, from this file's place in src/host/. */
export const sourceRoot = resolve(import.meta.dirname, '../..');

export function appPaths(root: string = sourceRoot, resourcesDir?: string): AppPaths {
  const resources = resourcesDir ?? join(root, 'resources');
  return {
    root,
    migrationsDir: join(root, 'drizzle'),
    resourcesDir: resources,
    starterDir: join(resources, 'starter'),
    rendererDir: join(root, 'dist', 'renderer'),
  };
}

/** The user's data folder for Waymark, as each platform expects it. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Waymark');
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Waymark');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'Waymark');
}

/** The user's cache folder for Waymark (files that can be made again), as each platform expects it. */
export function userCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Waymark', 'Cache');
  }
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Waymark');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'waymark');
}

export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), 'waymark.db');
}
