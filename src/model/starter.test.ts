// The starter workspace (resources/starter/): what a new user sees on first
// start and what "New journey from template" offers. It must be flawless:
// valid files, no validator problem at all, MJML that compiles cleanly,
// Liquid that parses and renders, and between them every node type and
// trigger kind of the format, so the starter doubles as a tour of it.
import { fileURLToPath } from 'node:url';
import { Liquid } from 'liquidjs';
import mjml2html from 'mjml-browser';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFolderFiles } from '../db/folder-io.ts';
import { simulateWorkspace } from '../simulate/index.ts';
import { createTemplateRenderer } from '../template/index.ts';
import type { WorkspaceBundle } from './bundle.ts';
import { Condition, conditionKind, conditionKinds } from './condition.ts';
import { readWorkspaceFolder } from './folder.ts';
import type { Journey } from './journey.ts';
import { portsOf } from './node-kinds.ts';
import { nodeTypes, triggerKinds } from './nodes.ts';
import { validateWorkspace } from './validate/index.ts';

const starterDir = fileURLToPath(new URL('../../resources/starter/', import.meta.url));

let bundle: WorkspaceBundle;

beforeAll(async () => {
  const read = readWorkspaceFolder(await readFolderFiles(starterDir));
  expect(read.problems).toEqual([]);
  if (!read.ok) throw new Error('the starter workspace does not read');
  bundle = read.bundle;
});

/** Every condition in a journey: node conditions and exit conditions, nested ones included. */
function conditionsOf(journey: Journey): Condition[] {
  return [
    ...journey.nodes.flatMap((n) => (n.type === 'condition' ? [n.if] : [])),
    ...(journey.settings?.exitWhen ?? []),
  ].flatMap(flatten);
}

/** A condition and every condition nested in it. */
function flatten(c: Condition): Condition[] {
  const nested = 'all' in c ? c.all : 'any' in c ? c.any : 'not' in c ? [c.not] : [];
  return [c, ...Conditions.parse(nested).flatMap(flatten)];
}
const Conditions = z.array(Condition);

/** Every piece of Liquid a journey carries: subjects and preheaders. */
function liquidOf(journey: Journey): string[] {
  return journey.nodes.flatMap((n) =>
    n.type === 'email' ? [n.subject, ...(n.preheader === undefined ? [] : [n.preheader])] : [],
  );
}

describe('the starter workspace', () => {
  it('has the starter library of issue 5, with most journeys live and none paused', () => {
    const ids = bundle.journeys.map((j) => j.id);
    for (const id of [
      'welcome',
      'onboarding',
      'cart-abandonment',
      'browse-abandonment',
      'post-purchase',
      're-engagement',
      'webinar',
      'birthday',
    ]) {
      expect(ids).toContain(id);
    }
    const statuses = bundle.journeys.map((j) => j.status);
    expect(statuses).not.toContain('paused');
    expect(statuses.filter((s) => s === 'live').length).toBeGreaterThan(statuses.length / 2);
  });

  it('passes the validator with no errors and no warnings', () => {
    expect(validateWorkspace(bundle)).toEqual([]);
  });

  it('uses only ports the node kinds have, and lays out every node left to right', () => {
    for (const journey of bundle.journeys) {
      const byId = new Map(journey.nodes.map((n) => [n.id, n]));
      for (const edge of journey.edges) {
        const from = byId.get(edge.from);
        expect(from, `${journey.id}: edge from ${edge.from}`).toBeDefined();
        expect(byId.has(edge.to), `${journey.id}: edge to ${edge.to}`).toBe(true);
        if (from) expect(portsOf(from)).toContain(edge.port ?? 'out');
      }
      const layout = journey.layout ?? {};
      expect(Object.keys(layout).sort()).toEqual([...byId.keys()].sort());
      const spots = new Set(Object.values(layout).map((p) => `${p.x},${p.y}`));
      expect(spots.size, `${journey.id}: two nodes on one spot`).toBe(byId.size);
      for (const edge of journey.edges) {
        const [from, to] = [layout[edge.from], layout[edge.to]];
        expect(
          to?.x,
          `${journey.id}: ${edge.from} → ${edge.to} runs left to right`,
        ).toBeGreaterThan(from?.x ?? Number.POSITIVE_INFINITY);
      }
    }
  });

  it('covers every node type, trigger kind and condition form between its journeys', () => {
    const journeys = bundle.journeys;
    const types = new Set(journeys.flatMap((j) => j.nodes.map((n) => n.type)));
    expect([...types].sort()).toEqual([...nodeTypes].sort());
    const triggers = new Set(
      journeys.flatMap((j) => j.nodes.flatMap((n) => (n.type === 'trigger' ? [n.on] : []))),
    );
    expect([...triggers].sort()).toEqual([...triggerKinds].sort());
    const conditions = [
      ...journeys.flatMap(conditionsOf),
      ...bundle.segments.flatMap((s) => flatten(s.condition)),
    ];
    const forms = new Set(conditions.map(conditionKind));
    expect([...forms].sort()).toEqual([...conditionKinds].sort());
    const events = conditions.flatMap((c) => ('event' in c && !('op' in c) ? [c] : []));
    expect(events.some((c) => 'within' in c && 'count' in c)).toBe(true);
    expect(events.some((c) => 'since' in c)).toBe(true);
    const waits = journeys.flatMap((j) => j.nodes.flatMap((n) => (n.type === 'wait' ? [n] : [])));
    expect(waits.some((w) => w.for !== undefined)).toBe(true);
    expect(waits.some((w) => w.until !== undefined && 'time' in w.until)).toBe(true);
    expect(waits.some((w) => w.until !== undefined && 'property' in w.until)).toBe(true);
  });

  it('names only templates that exist, and every template is used', () => {
    const templates = new Set(bundle.templates.map((t) => t.id));
    const used = new Set<string>();
    for (const journey of bundle.journeys) {
      for (const node of journey.nodes) {
        if (node.type !== 'email') continue;
        expect(templates, `${journey.id}/${node.id}`).toContain(node.template);
        used.add(node.template);
      }
    }
    expect([...used].sort()).toEqual([...templates].sort());
  });

  it('has Liquid that parses in every template, subject, preheader and the unsubscribe URL', () => {
    const liquid = new Liquid();
    const sources = [
      ...bundle.templates.map((t) => t.mjml),
      ...bundle.journeys.flatMap(liquidOf),
      bundle.settings.unsubscribeUrl ?? '',
    ];
    for (const source of sources) expect(() => liquid.parse(source), source).not.toThrow();
  });

  it('has MJML that compiles with no errors, with a title, a preview and an unsubscribe link', async () => {
    for (const template of bundle.templates) {
      const out = await mjml2html(template.mjml, { validationLevel: 'strict' });
      expect(out.errors, template.id).toEqual([]);
      expect(template.mjml, template.id).toMatch(/<mj-title>[^<]+<\/mj-title>/);
      expect(template.mjml, template.id).toMatch(/<mj-preview>[^<]+<\/mj-preview>/);
      expect(template.mjml, template.id).toContain('{{ unsubscribe_url }}');
      const body = template.mjml.slice(template.mjml.indexOf('<mj-body'));
      expect(body.match(/<mj-button/g), `${template.id}: one call to action`).toHaveLength(1);
    }
  });

  it('renders every email of every journey for a persona without a problem', async () => {
    const renderer = createTemplateRenderer(bundle);
    const starter = bundle.personaSets.find((p) => p.name === 'starter');
    const persona = starter?.file.personas?.[0];
    expect(persona).toBeDefined();
    const profile = persona?.profile ?? { email: 'ana@example.com' };
    for (const journey of bundle.journeys) {
      for (const node of journey.nodes) {
        if (node.type !== 'email') continue;
        const ctx = {
          profile,
          event: { name: 'sample', at: '2026-03-02T09:00:00Z', properties: { title: 'Webinar' } },
          journey: { id: journey.id, name: journey.name },
          workspace: bundle.settings,
        };
        const email = await renderer.renderEmail(ctx, node.template, { subject: node.subject });
        expect(email.errors, `${journey.id}/${node.id}`).toEqual([]);
        expect(email.warnings, `${journey.id}/${node.id}`).toEqual([]);
        expect(email.subject, `${journey.id}/${node.id}`).not.toMatch(/\{\{|\{%/);
        expect(email.html).not.toMatch(/\{\{|\{%/);
        expect(email.html).toContain('https://acme.example/unsubscribe?e=ana%40example.com');
      }
    }
  });

  it('ships the ready personas of issue 6 and a cohort set, all starting together', () => {
    const names = bundle.personaSets.map((p) => p.name);
    expect(names).toContain('starter');
    expect(names).toContain('cohort');
    const starter = bundle.personaSets.find((p) => p.name === 'starter')?.file;
    const timezones = new Set(starter?.personas?.map((p) => p.profile.timezone));
    expect(timezones.size).toBeGreaterThan(1);
    const reactions = JSON.stringify(starter?.personas?.map((p) => p.reactions ?? []));
    expect(reactions).toContain('unsubscribed');
    expect(reactions).toContain('order_placed');
    const cohorts = bundle.personaSets.find((p) => p.name === 'cohort')?.file.cohorts ?? [];
    expect(cohorts.reduce((sum, c) => sum + c.count, 0)).toBeGreaterThanOrEqual(5000);
    for (const set of bundle.personaSets) {
      expect(set.file.start, set.name).toBe('2026-03-02T09:00:00Z');
      expect(set.file.seed, set.name).toBe(42);
    }
  });

  it('has, for each journey with a persona set of its name, personas that walk every node', () => {
    for (const journey of bundle.journeys) {
      const set = bundle.personaSets.find((p) => p.name === journey.id);
      if (!set) continue;
      const { output } = simulateWorkspace({ bundle, personas: set.file });
      const nodes = output.journeys[journey.id]?.nodes ?? {};
      const missed = journey.nodes
        .filter((n) => (nodes[n.id]?.reached ?? 0) === 0)
        .map((n) => n.id);
      expect(missed, `${journey.id}: nodes no persona of ${set.name} reaches`).toEqual([]);
    }
    const withSets = bundle.journeys.filter((j) => bundle.personaSets.some((p) => p.name === j.id));
    expect(withSets.length).toBe(bundle.journeys.length);
  });

  it('plays the ready personas as their descriptions say', () => {
    const set = bundle.personaSets.find((p) => p.name === 'starter');
    if (!set) throw new Error('no starter persona set');
    const { output } = simulateWorkspace({ bundle, personas: set.file });
    const persona = (id: string) => output.personas.find((p) => p.id === id);
    const runs = (id: string) => persona(id)?.runs.map((r) => `${r.journey}:${r.reason}`) ?? [];
    // The buyer converts from the first cart reminder.
    expect(runs('ana')).toContain('cart-abandonment:goal');
    expect(runs('ana')).toContain('welcome:goal');
    // The one who never opens takes the not-opened branch and gets all three welcome emails.
    const benWelcome = persona('ben')?.emails.filter((e) => e.journey === 'welcome') ?? [];
    expect(benWelcome.map((e) => e.template)).toEqual(['welcome-1', 'welcome-2', 'welcome-3']);
    // The one who unsubscribes: her welcome run ends, her later cart reminders are suppressed.
    expect(runs('chloe')).toContain('welcome:unsubscribed');
    const chloeSuppressed = persona('chloe')?.suppressed ?? [];
    expect(chloeSuppressed.length).toBeGreaterThan(0);
    expect(chloeSuppressed.every((s) => s.reason === 'unsubscribed')).toBe(true);
    // The far one signs up at 07:00 Tokyo time: quiet hours hold the welcome until 08:00 there.
    expect(persona('kenji')?.emails[0]).toMatchObject({
      template: 'welcome-1',
      at: '2026-03-02T23:00:00Z',
    });
  });
});
