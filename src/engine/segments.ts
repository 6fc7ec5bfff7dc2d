// Segment membership (spec: "Segments"): re-checked when the profile changes,
// an event it reads arrives, or one of its time windows passes; joining one
// starts the journeys it triggers.
import type { CompiledJourney, CompiledSegment } from './compile.ts';
import { describeExplanation } from './describe.ts';
import type { FullEngine } from './engine.ts';
import { createProfileState, type ProfileState } from './state.ts';
import { NO_WHY, type Why } from './types.ts';

export type SegmentRefresh = (state: ProfileState, segments: readonly CompiledSegment[]) => void;

// The trace's reasons, made by functions of their own: closures inside the
// refresh's loop would make V8 allocate a context for each segment asked,
// traced or not.
function traceMembership(
  e: FullEngine,
  state: ProfileState,
  segment: CompiledSegment,
  member: boolean,
): void {
  const id = segment.id;
  const explained = describeExplanation(segment.condition.explain(e.env(state, null)));
  e.note(state, 'segment', null, {
    reason: { code: member ? 'segment-entered' : 'segment-left', segment: id },
    text: `${member ? 'entered' : 'left'} the segment ${id}: ${explained}`,
  });
}

function segmentTriggerWhy(id: string, j: CompiledJourney): () => Why {
  return () => ({
    reason: { code: 'trigger', on: 'segment', segment: id },
    text: `entered ${j.id}: joined the segment ${id}`,
  });
}

/** The engine's `refreshSegments`, with what it remembers between profiles. */
export function createSegmentRefresh(e: FullEngine): SegmentRefresh {
  const ws = e.ws;
  // What a segment that reads no profile says of a profile with no kept
  // event: every count it reads is zero, whoever and whenever, so it is asked
  // once (most of a cohort, set up at the start, has kept nothing yet).
  const withoutHistory: (boolean | undefined)[] = [];
  let blank: ProfileState | null = null;
  function answerWithoutHistory(segment: CompiledSegment): boolean {
    let answer = withoutHistory[segment.index];
    if (answer === undefined) {
      const state = blank ?? createProfileState(ws, '', {}, false);
      blank = state;
      answer = segment.condition.test({ ws, state, now: e.now, run: null });
      withoutHistory[segment.index] = answer;
    }
    return answer;
  }

  return (state, segments) => {
    for (const segment of segments) {
      // Membership nothing reads (no trigger, no trace) is not kept.
      if (!segment.watched && !state.tracing) continue;
      const id = segment.id;
      // Asked afresh for each segment: a segment trigger's start may have
      // tested other conditions in between.
      const member =
        state.history === null && !segment.readsProfile
          ? answerWithoutHistory(segment)
          : segment.condition.test(e.testEnv(state, null));
      // By index, where a set of ids would hash the id at every look.
      let inSegments = state.segments;
      if (member === (inSegments !== null && inSegments[segment.index] === true)) continue;
      if (inSegments === null) {
        inSegments = new Array<boolean>(ws.segments.length).fill(false);
        state.segments = inSegments;
      }
      inSegments[segment.index] = member;
      if (state.tracing) traceMembership(e, state, segment, member);
      if (!member) continue;
      for (const j of segment.starts) {
        e.tryStart(state, j, null, state.tracing ? segmentTriggerWhy(id, j) : NO_WHY);
      }
    }
  };
}
