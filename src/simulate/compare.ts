// Compare: the same personas played against the workspace with one journey at
// two revisions. What differs: per-node reached counts (every journey: a
// change in one can move another's emails through the shared cap), sent
// counts per email node, and per persona the emails gained or lost.
import type { Journey } from '../model/journey.ts';
import type { EmailOut, SimulationOutput } from './output.ts';

export type NodeDifference = { journey: string; node: string; a: number; b: number; diff: number };

export type EmailDifference = {
  journey: string;
  node: string;
  template: string;
  /** The node's subject line as written (revision B's, else A's). */
  subject: string;
  a: number;
  b: number;
  diff: number;
};

export type PersonaDifference = {
  persona: string;
  a: number;
  b: number;
  /** Emails received only with revision A, only with revision B. */
  onlyA: EmailOut[];
  onlyB: EmailOut[];
};

export type Comparison = {
  nodes: NodeDifference[];
  emails: EmailDifference[];
  personas: PersonaDifference[];
  /** How many personas' emails changed (the list may be cut to `limit`). */
  personasChanged: number;
};

export function compareOutputs(
  journeysA: Journey[],
  journeysB: Journey[],
  a: SimulationOutput,
  b: SimulationOutput,
  limit = 500,
): Comparison {
  const nodes: NodeDifference[] = [];
  const journeyIds = [...new Set([...Object.keys(a.journeys), ...Object.keys(b.journeys)])].sort();
  for (const journey of journeyIds) {
    const na = a.journeys[journey]?.nodes ?? {};
    const nb = b.journeys[journey]?.nodes ?? {};
    for (const node of new Set([...Object.keys(na), ...Object.keys(nb)])) {
      const ra = na[node]?.reached ?? 0;
      const rb = nb[node]?.reached ?? 0;
      if (ra !== rb) nodes.push({ journey, node, a: ra, b: rb, diff: rb - ra });
    }
  }

  const emailNodes = new Map<string, { template: string; subject: string }>();
  for (const j of [...journeysA, ...journeysB]) {
    for (const n of j.nodes) {
      if (n.type === 'email')
        emailNodes.set(`${j.id}/${n.id}`, { template: n.template, subject: n.subject });
    }
  }
  const sentA = countSent(a);
  const sentB = countSent(b);
  const emails: EmailDifference[] = [];
  for (const key of [...new Set([...sentA.keys(), ...sentB.keys()])].sort()) {
    const ca = sentA.get(key) ?? 0;
    const cb = sentB.get(key) ?? 0;
    if (ca === cb) continue;
    const [journey = '', node = ''] = key.split('/');
    const def = emailNodes.get(key) ?? { template: '', subject: '' };
    emails.push({ journey, node, ...def, a: ca, b: cb, diff: cb - ca });
  }

  const personas: PersonaDifference[] = [];
  let personasChanged = 0;
  const byId = new Map(b.personas.map((p) => [p.id, p]));
  for (const pa of a.personas) {
    const pb = byId.get(pa.id);
    const emailsB = pb?.emails ?? [];
    const keysA = new Set(pa.emails.map(emailKey));
    const keysB = new Set(emailsB.map(emailKey));
    const onlyA = pa.emails.filter((e) => !keysB.has(emailKey(e)));
    const onlyB = emailsB.filter((e) => !keysA.has(emailKey(e)));
    if (onlyA.length === 0 && onlyB.length === 0) continue;
    personasChanged++;
    if (personas.length < limit)
      personas.push({ persona: pa.id, a: pa.emails.length, b: emailsB.length, onlyA, onlyB });
  }
  return { nodes, emails, personas, personasChanged };
}

function countSent(output: SimulationOutput): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of output.personas) {
    for (const e of p.emails) {
      const key = `${e.journey}/${e.node}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** An email as the persona sees it: when, from where, with what subject. */
function emailKey(e: EmailOut): string {
  return JSON.stringify([e.at, e.journey, e.node, e.template, e.subject]);
}
