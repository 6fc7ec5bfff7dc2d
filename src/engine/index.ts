// The engine's public face: one deterministic interpreter shared by the
// simulator and (later) live execution. Compile the workspace once, keep one
// `ProfileState` per profile, and drive the engine with `now`, events and
// timer wake-ups; effects and reasons arrive through an `EngineSink`.
export { type CompiledJourney, type CompiledWorkspace, compileWorkspace } from './compile.ts';
export { type ConditionEnv, compileCondition, type Explanation } from './conditions.ts';
export { describeExplanation } from './describe.ts';
export {
  createEffectEngine,
  type EffectEngine,
  type Effects,
  type EngineInput,
  type ProfileChange,
} from './effects.ts';
export { createEngine, type EngineOptions, type FullEngine } from './engine.ts';
export {
  createLiquidRenderer,
  type EmailRenderer,
  eventScope,
  type RenderScope,
} from './render.ts';
export { hashFraction, pickWeighted } from './sha256.ts';
export {
  createProfileState,
  type EndReason,
  type ProfileState,
  profileId,
  type Run,
  type StoredEvent,
} from './state.ts';
export { formatInstant, getZone, parseDuration, parseInstant } from './time.ts';
export type {
  EngineSink,
  Reason,
  SentEmail,
  StepRecord,
  SuppressedEmail,
  SuppressionReason,
  TimerPayload,
  TraceEntry,
  TraceKind,
} from './types.ts';
