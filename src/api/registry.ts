// The one registry: every domain's handlers joined, a name twice refused.
// The client's types (client.ts) derive from `Handlers`.
import { joinHandlers } from './join.ts';
import { journeyHandlers } from './journeys.ts';
import { libraryHandlers } from './library.ts';
import { personaHandlers } from './personas.ts';
import { personaCsvHandlers } from './personas-csv.ts';
import { segmentHandlers } from './segments.ts';
import { settingsHandlers } from './settings.ts';
import { simulationHandlers } from './simulation.ts';
import { simulationSessionHandlers } from './simulation-sessions.ts';
import { templateHandlers } from './templates.ts';
import { workspaceHandlers } from './workspace.ts';

export const handlers = joinHandlers(
  workspaceHandlers,
  journeyHandlers,
  libraryHandlers,
  templateHandlers,
  segmentHandlers,
  personaHandlers,
  personaCsvHandlers,
  settingsHandlers,
  simulationHandlers,
  simulationSessionHandlers,
);

export type Handlers = typeof handlers;
