// A row of tabs as the ARIA tabs pattern has it: one tab in the Tab order
// (the selected one), arrow keys, Home and End to move between them. A row
// wider than its room scrolls sideways; the selected tab is kept in view and
// the edge with more tabs behind it fades, so a tab cut in half reads as
// "more this way" rather than as a broken layout.
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

export type TabItem = { id: string; label: ReactNode };

type Props = {
  /** The accessible name of the row ("Journeys"). */
  label: string;
  tabs: readonly TabItem[];
  selected: string;
  onSelect: (id: string) => void;
  className: string;
};

/** Which edges of a sideways-scrolling row hide tabs. */
function hiddenEdges(el: HTMLElement): { start: boolean; end: boolean } {
  return {
    start: el.scrollLeft > 1,
    end: el.scrollLeft + el.clientWidth < el.scrollWidth - 1,
  };
}

/** Scrolls the row just enough to show the tab whole. */
function keepInView(row: HTMLElement, tab: HTMLElement): void {
  const margin = 24; // past the fade
  const left = tab.offsetLeft;
  const right = left + tab.offsetWidth;
  if (left < row.scrollLeft + margin) row.scrollLeft = Math.max(0, left - margin);
  else if (right > row.scrollLeft + row.clientWidth - margin)
    row.scrollLeft = right - row.clientWidth + margin;
}

export function TabList({ label, tabs, selected, onSelect, className }: Props) {
  const row = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ start: false, end: false });

  const measure = useCallback(() => {
    const el = row.current;
    if (!el) return;
    const next = hiddenEdges(el);
    setEdges((e) => (e.start === next.start && e.end === next.end ? e : next));
  }, []);

  // Callers make their list of tabs at every render: what the row shows
  // changes only with the ids, so it is measured again only then (a
  // measure reads the layout).
  const ids = tabs.map((t) => t.id).join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `ids` stands for the tabs
  useEffect(() => {
    const el = row.current;
    if (!el) return;
    const tab = el.querySelector<HTMLElement>('[aria-selected="true"]');
    if (tab) keepInView(el, tab);
    measure();
  }, [selected, ids, measure]);

  useEffect(() => {
    const el = row.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const at = tabs.findIndex((t) => t.id === selected);
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? Math.min(last, at + 1)
        : event.key === 'ArrowLeft'
          ? Math.max(0, at - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const next = tabs[to];
    if (to < 0 || !next) return;
    event.preventDefault();
    if (next.id !== selected) onSelect(next.id);
    row.current?.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  }

  const fades = `${edges.start ? ' fade-start' : ''}${edges.end ? ' fade-end' : ''}`;
  // With none selected, the first tab is the one in the Tab order.
  const focusable = tabs.some((t) => t.id === selected) ? selected : tabs[0]?.id;
  return (
    <div
      ref={row}
      className={`${className}${fades}`}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      onScroll={measure}
      // A mouse wheel without a sideways axis scrolls the row too.
      onWheel={(event) => {
        const el = row.current;
        if (el && event.deltaX === 0 && el.scrollWidth > el.clientWidth)
          el.scrollLeft += event.deltaY;
      }}
    >
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={t.id === selected}
          tabIndex={t.id === focusable ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
