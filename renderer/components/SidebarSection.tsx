// One collapsible section of the sidebar (Journeys, Templates, ...).
import { type ComponentType, useId, useState } from 'react';
import { navigate, type Route, sameRoute } from '../stores/route';
import { ChevronIcon, type IconProps } from './icons';
import { StatusDot } from './StatusBadge';
import type { SidebarSection } from './sidebar-items';

const emptyText: Record<SidebarSection['kind'], string> = {
  journey: 'No journeys yet.',
  template: 'No templates yet.',
  segment: 'No segments yet.',
  personas: 'No persona sets yet.',
};

type Props = {
  section: SidebarSection;
  icon: ComponentType<IconProps>;
  route: Route;
  searching: boolean;
};

export function SidebarSectionView({ section, icon: Icon, route, searching }: Props) {
  const [open, setOpen] = useState(true);
  const listId = useId();
  if (searching && section.items.length === 0) return null;
  const expanded = open || searching;
  return (
    <section className="sidebar-section" aria-label={section.title}>
      <button
        type="button"
        className="sidebar-section-head"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <ChevronIcon size={12} className="sidebar-chevron" />
        <span>{section.title}</span>
        <span className="sidebar-section-count">{section.total}</span>
      </button>
      {expanded && (
        <ul id={listId} className="sidebar-list">
          {section.items.length === 0 && (
            <li className="sidebar-empty">{emptyText[section.kind]}</li>
          )}
          {section.items.map((item) => {
            const target: Route = { kind: item.kind, id: item.id };
            const active = sameRoute(route, target);
            return (
              <li key={item.id}>
                <button
                  type="button"
                  data-nav-item
                  className={`sidebar-item${active ? ' is-active' : ''}`}
                  aria-current={active ? 'page' : undefined}
                  onClick={() => navigate(target)}
                  title={item.countLabel ? `${item.name} · ${item.countLabel}` : item.name}
                >
                  {item.status ? (
                    <StatusDot status={item.status} />
                  ) : (
                    <Icon size={14} className="sidebar-item-icon" />
                  )}
                  <span className="sidebar-item-name">{item.name}</span>
                  {item.count !== undefined && (
                    <span className="sidebar-item-count">{item.count}</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
