// The workspace's contents: journeys, templates, segments and persona sets,
// with a search field. Arrow keys move between items, Enter opens one, "/"
// jumps to the search.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { navigate, type Route } from '../stores/route';
import { useWorkspace } from '../stores/workspace-store';
import { ErrorState } from './ErrorState';
import {
  FlowIcon,
  LogoMark,
  PlayIcon,
  SearchIcon,
  SegmentIcon,
  TemplateIcon,
  UsersIcon,
} from './icons';
import { SidebarSectionView } from './SidebarSection';
import { sidebarSections } from './sidebar-items';
import { ThemeToggle } from './ThemeToggle';

export const sectionIcons = {
  journey: FlowIcon,
  template: TemplateIcon,
  segment: SegmentIcon,
  personas: UsersIcon,
};

function moveFocus(container: HTMLElement, event: KeyboardEvent<HTMLElement>): void {
  const items = Array.from(container.querySelectorAll<HTMLElement>('[data-nav-item]'));
  if (items.length === 0) return;
  const active = document.activeElement;
  const index = active instanceof HTMLElement ? items.indexOf(active) : -1;
  let next: number | undefined;
  if (event.key === 'ArrowDown') next = index < 0 ? 0 : Math.min(items.length - 1, index + 1);
  else if (event.key === 'ArrowUp') next = index <= 0 ? 0 : index - 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  if (next === undefined) return;
  event.preventDefault();
  items[next]?.focus();
}

export function Sidebar({ route }: { route: Route }) {
  const summary = useWorkspace((s) => s.summary);
  const reload = useWorkspace((s) => s.load);
  const [search, setSearch] = useState('');
  const navRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const typing =
        e.target instanceof Element &&
        e.target.closest('input, textarea, select, [contenteditable="true"]') !== null;
      if (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const workspaceName = summary.status === 'ready' ? summary.data.name : 'Waymark';
  const sections = summary.status === 'ready' ? sidebarSections(summary.data, search) : [];
  const nothingFound = search.trim() !== '' && sections.every((s) => s.items.length === 0);

  return (
    <aside className="sidebar" aria-label="Workspace">
      <button type="button" className="sidebar-brand" onClick={() => navigate({ kind: 'home' })}>
        <LogoMark size={26} />
        <span className="sidebar-brand-text">
          <span className="sidebar-workspace">{workspaceName}</span>
          <span className="sidebar-sub">
            {summary.status === 'ready' ? summary.data.timezone : 'Workspace'}
          </span>
        </span>
      </button>
      <button
        type="button"
        className="sidebar-tool"
        aria-current={route.kind === 'simulator' ? 'page' : undefined}
        onClick={() => navigate({ kind: 'simulator' })}
      >
        <PlayIcon size={14} />
        Simulator
      </button>
      <div className="sidebar-search">
        <SearchIcon size={14} />
        <input
          ref={searchRef}
          type="search"
          placeholder="Search"
          aria-label="Search the workspace"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && navRef.current) moveFocus(navRef.current, e);
            if (e.key === 'Escape') setSearch('');
          }}
        />
        <kbd className="sidebar-kbd" title="Press / to search">
          /
        </kbd>
      </div>
      <nav
        ref={navRef}
        className="sidebar-nav"
        aria-label="Workspace contents"
        onKeyDown={(e) => navRef.current && moveFocus(navRef.current, e)}
      >
        {summary.status === 'loading' && (
          <div className="sidebar-skeleton" aria-label="Loading the workspace" role="status">
            {[72, 56, 64, 48, 60].map((w) => (
              <span key={w} className="skeleton-line" style={{ width: `${w}%` }} />
            ))}
          </div>
        )}
        {summary.status === 'error' && (
          <ErrorState
            title="The workspace did not load"
            message={summary.error.message}
            problems={summary.error.problems}
            onRetry={() => void reload()}
          />
        )}
        {sections.map((section) => (
          <SidebarSectionView
            key={section.kind}
            section={section}
            icon={sectionIcons[section.kind]}
            route={route}
            searching={search.trim() !== ''}
          />
        ))}
        {nothingFound && <p className="sidebar-none">Nothing matches “{search.trim()}”.</p>}
      </nav>
      <div className="sidebar-footer">
        <span className="sidebar-footer-label">Theme</span>
        <ThemeToggle />
      </div>
    </aside>
  );
}
