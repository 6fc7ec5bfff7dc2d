// email: renders and sends (in simulation, records) one email, then fires
// `email_sent`. Before that, in this order: an unsubscribed profile, a missing
// address or one on the suppression list make a suppression and the run goes
// on; quiet hours hold it until they end; the workspace cap skips it, holds it
// (`delay`) or does not apply (`ignore`). A held email is not a suppression.
import type { EmailNode } from '../../model/nodes.ts';
import { capBlocks, capFreesAt, recordCapSend } from '../cap.ts';
import { eventScope, type RenderScope } from '../render.ts';
import type { ProfileState, Run } from '../state.ts';
import { formatInstant } from '../time.ts';
import {
  type Engine,
  type NodeStep,
  OUT,
  type Outcome,
  type SentEmail,
  type SuppressionReason,
} from '../types.ts';

const suppressionText: Record<SuppressionReason, string> = {
  unsubscribed: 'the profile unsubscribed',
  'missing-email': 'the profile has no email address',
  'suppressed-address': 'the address is on the suppression list',
  'frequency-cap': 'the frequency cap was reached',
};

function suppress(
  e: Engine,
  state: ProfileState,
  run: Run,
  node: EmailNode,
  reason: SuppressionReason,
): Outcome {
  e.sink.suppressed(state, { at: e.now, journey: run.journey.id, node: node.id, reason });
  if (state.tracing) {
    e.note(state, 'suppressed', run, () => ({
      reason: { code: 'suppressed', reason, template: node.template },
      text: `did not send ${node.template}: ${suppressionText[reason]}`,
    }));
  }
  return OUT;
}

// What held the email last computed by `releaseAt` (read at once, for the trace).
let releasedBy = '';

/**
 * The first instant at or after now outside quiet hours and (for `delay`)
 * allowed by the cap; what held it is left in `releasedBy` (no object per email).
 */
function releaseAt(e: Engine, state: ProfileState, run: Run): number {
  const quiet = run.journey.quiet;
  const cap = run.journey.settings.frequencyCap === 'delay' ? e.ws.cap : null;
  let at = e.now;
  let by = '';
  if (quiet === null && cap === null) {
    releasedBy = by;
    return at;
  }
  for (let i = 0; i < 16; i++) {
    let moved = false;
    if (quiet) {
      const end = quiet.end.ask(state.zone, at); // quietEnd(zone, at, from, to)
      if (end > at) {
        at = end;
        by = 'quiet-hours';
        moved = true;
      }
    }
    if (cap && capBlocks(state, cap, at)) {
      at = capFreesAt(state, cap, at);
      by = 'frequency-cap';
      moved = true;
    }
    if (!moved) break;
  }
  releasedBy = by;
  return at;
}

/**
 * The Liquid scope of one email. A class, so the lazily rendered
 * `unsubscribe_url` is one getter on the prototype, not a closure per email.
 */
class EmailScope implements RenderScope {
  profile: RenderScope['profile'];
  event: RenderScope['event'];
  journey: RenderScope['journey'];
  workspace: RenderScope['workspace'];
  #renderer: Engine['renderer'];

  constructor(e: Engine, state: ProfileState, run: Run) {
    if (run.eventScope === undefined) run.eventScope = eventScope(run.trigger);
    this.profile = state.profile;
    this.event = run.eventScope;
    this.journey = run.journey.scopeJourney;
    this.workspace = e.ws.settings;
    this.#renderer = e.renderer;
  }

  // Rendered only when a template reads it.
  get unsubscribe_url(): string {
    const url = this.workspace.unsubscribeUrl;
    if (!url) return '';
    const { profile, event, journey, workspace } = this;
    return this.#renderer.renderSubject(url, {
      profile,
      event,
      journey,
      workspace,
      unsubscribe_url: '',
    });
  }
}

const sent: SentEmail = {
  at: 0,
  journey: '',
  node: '',
  template: '',
  subject: '',
  to: '',
  error: undefined,
};

/**
 * The trace's entries for a sent email. A function of its own: closures
 * inside `deliver` would make V8 allocate its variables in a context at
 * every email, traced or not.
 */
function traceSent(
  e: Engine,
  state: ProfileState,
  run: Run,
  node: EmailNode,
  email: SentEmail,
): void {
  const held = !Number.isNaN(run.heldSince) && run.heldSince < e.now;
  if (held) {
    e.note(state, 'released', run, {
      reason: { code: 'released', heldSince: formatInstant(run.heldSince) },
      text: `released ${node.template}, held since ${formatInstant(run.heldSince)}`,
    });
  }
  const { subject, error, to } = email;
  e.note(state, 'email', run, {
    reason: {
      code: 'sent',
      template: node.template,
      subject,
      to,
      ...(error ? { error } : {}),
    },
    text: `sent ${node.template} "${subject}" to ${to}${error ? ` (render error: ${error})` : ''}`,
  });
}

function deliver(e: Engine, state: ProfileState, run: Run, node: EmailNode): Outcome {
  if (state.unsubscribed) return suppress(e, state, run, node, 'unsubscribed');
  const to = state.email;
  // `length`, not `=== ''`: a member's address is a joined text, which V8
  // compares with '' through a call out of compiled code.
  if (typeof to !== 'string' || to.length === 0)
    return suppress(e, state, run, node, 'missing-email');
  const suppressed = e.ws.suppressed;
  if (suppressed.size > 0 && suppressed.has(to.toLowerCase()))
    return suppress(e, state, run, node, 'suppressed-address');
  const releaseAtInstant = releaseAt(e, state, run);
  if (releaseAtInstant > e.now) {
    const by = releasedBy;
    const changed = releaseAtInstant !== run.heldUntil;
    run.heldUntil = releaseAtInstant;
    if (state.tracing && changed) {
      return {
        kind: 'wait',
        until: releaseAtInstant,
        status: 'held',
        why: {
          reason: { code: 'held', by, until: formatInstant(releaseAtInstant) },
          text: `held ${node.template} by ${by === 'quiet-hours' ? 'quiet hours' : 'the frequency cap'} until ${formatInstant(releaseAtInstant)}`,
        },
      };
    }
    return { kind: 'wait', until: releaseAtInstant, status: 'held' };
  }
  const policy = run.journey.settings.frequencyCap;
  const cap = e.ws.cap;
  if (cap && policy === 'skip' && capBlocks(state, cap, e.now)) {
    return suppress(e, state, run, node, 'frequency-cap');
  }
  // One record for every email: the sink copies what it keeps (EngineSink.email).
  const email = sent;
  email.at = e.now;
  email.journey = run.journey.id;
  email.node = node.id;
  email.template = node.template;
  email.subject = node.subject;
  email.to = to;
  email.error = undefined;
  try {
    // A subject without Liquid is itself: no scope to build, nothing to render.
    // Nor is one rendered that nobody will read (EngineOptions.subjects).
    if ((state.tracing || e.rendersUntracedSubjects) && node.subject.includes('{'))
      email.subject = e.renderer.renderSubject(node.subject, new EmailScope(e, state, run));
  } catch (err) {
    email.error = err instanceof Error ? err.message : String(err);
  }
  if (cap && policy !== 'ignore') recordCapSend(state, cap, e.now);
  e.sink.email(state, email);
  if (state.tracing) traceSent(e, state, run, node, email);
  const own = run.node.sentProperties;
  e.emit(
    state,
    'email_sent',
    own !== null && own.subject === email.subject
      ? own
      : { journey: run.journey.id, node: node.id, template: node.template, subject: email.subject },
  );
  return OUT;
}

export const emailStep: NodeStep<'email'> = {
  enter(e, state, run, node) {
    run.heldSince = e.now;
    run.heldUntil = Number.NaN;
    return deliver(e, state, run, node);
  },
  resume: (e, state, run, node) => deliver(e, state, run, node),
};
