// An email exactly as one persona received it in a simulation. Personas never
// share state, so the persona is replayed alone (a cohort member as a lone
// persona with the member's id and profile, which draws the same splits and
// reaction chances) until the engine records that email. The profile is read
// at that moment and the run's triggering event from the engine's trace.
import type { TraceEntry } from '../engine/types.ts';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { Persona, PersonasFile } from '../model/personas.ts';
import type { RenderEvent } from '../template/context.ts';
import { createTemplateRenderer } from '../template/index.ts';
import type { SimulationSource } from './app-input.ts';
import type { EmailOut } from './output.ts';
import { memberProfile, personaGroups } from './personas.ts';
import { createSimulation } from './simulation.ts';

export type PreviewRequest = { persona: string; journey: string; node: string; at?: string };

export type SentMoment = {
  email: EmailOut;
  profile: Record<string, unknown>;
  event: RenderEvent | null;
};

export type EmailPreview = {
  subject: string;
  html: string;
  text: string;
  to: string;
  from: string;
  at: string;
  template: string;
  /** Render problems (a missing template, bad MJML or Liquid); the email still went. */
  errors: string[];
};

/** The persona alone in a persona file, or undefined when the file has no such persona. */
export function lonePersonaFile(
  bundle: WorkspaceBundle,
  file: PersonasFile,
  id: string,
): PersonasFile | undefined {
  const named = (file.personas ?? []).find((p) => p.id === id);
  let persona: Persona | undefined = named;
  if (!persona) {
    for (const group of personaGroups(bundle, file)) {
      if (!group.cohort) continue;
      const n = Number(id.slice(group.id.length + 1));
      if (!id.startsWith(`${group.id}-`) || !Number.isInteger(n) || n < 1 || n > group.count)
        continue;
      const cohort = (file.cohorts ?? []).find((c) => c.id === group.id);
      const profile = memberProfile(group, n);
      const email = profile.email;
      if (typeof email !== 'string') continue;
      persona = {
        id,
        profile: { ...profile, email },
        ...(cohort?.events ? { events: cohort.events } : {}),
        ...(cohort?.reactions ? { reactions: cohort.reactions } : {}),
      };
      break;
    }
  }
  return persona ? { ...file, personas: [persona], cohorts: [] } : undefined;
}

/** Replays the persona to the email (the first from that node, or the one at `at`). */
export function findSentMoment(
  source: SimulationSource,
  request: PreviewRequest,
): SentMoment | undefined {
  const personas = lonePersonaFile(source.bundle, source.personas, request.persona);
  if (!personas) return undefined;
  const sim = createSimulation({
    bundle: source.bundle,
    personas,
    ...(source.seed !== undefined ? { seed: source.seed } : {}),
  });
  let seen = 0;
  while (sim.step()) {
    const trace = sim.trace()[request.persona] ?? [];
    for (; seen < trace.length; seen++) {
      const t = trace[seen];
      if (
        t?.kind !== 'email' ||
        t.journey !== request.journey ||
        t.node !== request.node ||
        (request.at !== undefined && t.at !== request.at)
      )
        continue;
      const out = sim.result().output.personas[0];
      const email = out?.emails.findLast(
        (e) => e.journey === request.journey && e.node === request.node,
      );
      if (!out || !email) return undefined;
      return {
        email,
        profile: structuredClone(out.profile),
        event: triggeringEvent(trace.slice(0, seen), request.journey),
      };
    }
  }
  return undefined;
}

/**
 * The event that started the journey's latest run: the engine notes the event,
 * then the entry it caused, so it is the last such event noted before entry.
 * Runs started by segments, dates, inactivity or attributes have none.
 */
function triggeringEvent(trace: TraceEntry[], journey: string): RenderEvent | null {
  const enter = trace.findLastIndex((t) => t.kind === 'enter' && t.journey === journey);
  const entry = trace[enter];
  if (entry?.reason.on !== 'event') return null;
  const name = entry.reason.event;
  for (let i = enter - 1; i >= 0; i--) {
    const t = trace[i];
    if (t?.kind !== 'event' || t.reason.event !== name) continue;
    const properties = t.reason.properties;
    return {
      name: String(name),
      at: t.at,
      properties: isRecord(properties) ? properties : {},
    };
  }
  return null;
}

/** The email as sent: body rendered with the profile and event of that moment. */
export async function renderSentEmail(
  bundle: WorkspaceBundle,
  moment: SentMoment,
): Promise<EmailPreview> {
  const journey = bundle.journeys.find((j) => j.id === moment.email.journey);
  const node = journey?.nodes.find((n) => n.id === moment.email.node);
  const rendered = await createTemplateRenderer(bundle).renderEmail(
    {
      profile: moment.profile,
      event: moment.event,
      journey: { id: journey?.id ?? moment.email.journey, name: journey?.name ?? '' },
      workspace: bundle.settings,
    },
    moment.email.template,
  );
  const sender =
    node?.type === 'email' && node.from !== undefined ? node.from : bundle.settings.sender;
  const from =
    typeof sender === 'string'
      ? sender
      : sender.name
        ? `${sender.name} <${sender.email}>`
        : sender.email;
  return {
    // The subject the engine recorded is the one sent.
    subject: moment.email.subject,
    html: rendered.html,
    text: rendered.text,
    to: moment.email.to,
    from,
    at: moment.email.at,
    template: moment.email.template,
    errors: [...rendered.errors, ...(moment.email.error ? [`subject: ${moment.email.error}`] : [])],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
