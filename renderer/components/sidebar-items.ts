// The sidebar's sections, built from the workspace summary and filtered by
// the search text. Pure, so the filtering is tested without rendering.
import type { JourneyStatus } from '../../src/model';
import { describePersonaSet } from '../format/words';
import type { ItemKind } from '../stores/route';
import type { WorkspaceSummary } from '../stores/workspace-store';

export type SidebarItem = {
  kind: ItemKind;
  id: string;
  name: string;
  status?: JourneyStatus;
  /** A short number shown at the right (nodes, personas). */
  count?: number;
  countLabel?: string;
};

export type SidebarSection = { kind: ItemKind; title: string; items: SidebarItem[]; total: number };

export function sidebarSections(summary: WorkspaceSummary, search: string): SidebarSection[] {
  const sections: Omit<SidebarSection, 'total'>[] = [
    {
      kind: 'journey',
      title: 'Journeys',
      items: summary.journeys.map((j) => ({
        kind: 'journey',
        id: j.id,
        name: j.name,
        status: j.status,
        count: j.nodeCount,
        countLabel: `${j.nodeCount} ${j.nodeCount === 1 ? 'node' : 'nodes'}`,
      })),
    },
    {
      kind: 'template',
      title: 'Templates',
      items: summary.templates.map((t) => ({ kind: 'template', id: t.id, name: t.name })),
    },
    {
      kind: 'segment',
      title: 'Segments',
      items: summary.segments.map((s) => ({ kind: 'segment', id: s.id, name: s.name })),
    },
    {
      kind: 'personas',
      title: 'Persona sets',
      items: summary.personaSets.map((p) => ({
        kind: 'personas',
        id: p.name,
        name: p.name,
        count: p.personaCount + p.cohortCount,
        countLabel: describePersonaSet(p),
      })),
    },
  ];
  const needle = search.trim().toLowerCase();
  return sections.map((s) => ({
    ...s,
    total: s.items.length,
    items: needle
      ? s.items.filter(
          (i) => i.name.toLowerCase().includes(needle) || i.id.toLowerCase().includes(needle),
        )
      : s.items,
  }));
}
