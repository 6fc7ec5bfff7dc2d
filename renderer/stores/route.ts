// What the main area shows, kept in the URL's hash so a reload (or a link)
// opens the same item: #/journeys/<id>, #/templates/<id>, #/segments/<id>,
// #/personas/<name>, #/simulator.
import { useSyncExternalStore } from 'react';

export type ItemKind = 'journey' | 'template' | 'segment' | 'personas';
export type Route = { kind: 'home' } | { kind: 'simulator' } | { kind: ItemKind; id: string };

const itemKinds: readonly ItemKind[] = ['journey', 'template', 'segment', 'personas'];

const segmentOf: Record<ItemKind, string> = {
  journey: 'journeys',
  template: 'templates',
  segment: 'segments',
  personas: 'personas',
};

export function parseHash(hash: string): Route {
  const [section, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const id = decodeURIComponent(rest.join('/'));
  if (section === 'simulator') return { kind: 'simulator' };
  if (!id) return { kind: 'home' };
  for (const kind of itemKinds) {
    if (segmentOf[kind] === section) return { kind, id };
  }
  return { kind: 'home' };
}

export function formatHash(route: Route): string {
  if (route.kind === 'home') return '#/';
  if (route.kind === 'simulator') return '#/simulator';
  return `#/${segmentOf[route.kind]}/${encodeURIComponent(route.id)}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatHash(a) === formatHash(b);
}

export function navigate(route: Route): void {
  const hash = formatHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
