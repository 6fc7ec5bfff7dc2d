// The simulator's shapes, as the API returns them: derived from the handler
// map, so a change in the core shows up here as a type error.
import type { OutputOf } from '../../src/api/client';

export type Snapshot = OutputOf<'simulation.session.start'>['snapshot'];
export type PersonaPosition = Snapshot['personas'][number];
export type TraceEntry = OutputOf<'simulation.session.trace'>['entries'][number];
export type Breakpoint = { journey: string; node: string };
export type StepMode = 'step' | 'nextEmail' | 'breakpoint' | 'end';
export type RunResult = OutputOf<'simulation.result'>;
export type JourneyAggregate = RunResult['aggregates']['journeys'][number];
export type FunnelStep = JourneyAggregate['funnel'][number];
export type Conflicts = OutputOf<'simulation.conflicts'>;
export type Comparison = OutputOf<'simulation.compare'>;
export type EmailPreview = OutputOf<'simulation.preview'>;
