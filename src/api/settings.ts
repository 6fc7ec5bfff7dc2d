// settings.*: the app's own key-value settings (theme, last folder, window),
// kept apart from the workspace so an export never carries them.
import { z } from 'zod';
import * as repo from '../db/content-repo.ts';
import { handler } from './handler.ts';
import { mutation, query } from './wrap.ts';

const Key = z.string().min(1).max(200);

export const settingsHandlers = {
  'settings.get': query(
    handler({
      summary: 'Reads one app setting; null when unset.',
      input: z.object({ key: Key }),
      output: z.object({ value: z.json().nullable() }),
      run: ({ key }, { services }) => ({
        value: z.json().parse(repo.getAppSetting(services.db, key)),
      }),
    }),
  ),

  'settings.set': mutation(
    handler({
      summary: 'Sets one app setting (any JSON value; null clears it).',
      input: z.object({ key: Key, value: z.json() }),
      output: z.object({}),
      run: ({ key, value }, { services, events }) => {
        repo.setAppSetting(services.db, key, value);
        events('workspace.changed', { kind: 'settings', id: key });
        return {};
      },
    }),
  ),
};
