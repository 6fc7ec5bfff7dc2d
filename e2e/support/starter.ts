// The starter workspace as the files in resources/ describe it: what a fresh
// database must show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './server.ts';

const dir = join(root, 'resources/starter');

export type StarterJourney = { id: string; name: string; nodes: { id: string; type: string }[] };

export function starterJourneys(): StarterJourney[] {
  return readdirSync(join(dir, 'journeys'))
    .filter((f) => f.endsWith('.journey.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, 'journeys', f), 'utf8')) as StarterJourney);
}
