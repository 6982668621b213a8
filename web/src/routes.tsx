import { type ComponentType, lazy } from 'react';

/**
 * Every page, loaded when first visited: the first page's JavaScript stays small, and a page's
 * heavy parts (charts) load with it only. `NAV` is the menu, in the order a person works.
 */
interface PageRoute {
  path: string;
  page: ComponentType;
}

const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

export const NAV: { href: string; label: string }[] = [
  { href: '/insights', label: 'Insights' },
  { href: '/flows', label: 'Flows' },
  { href: '/connections', label: 'Connections' },
  { href: '/mappings', label: 'Mappings' },
  { href: '/tags', label: 'Tags' },
  { href: '/history', label: 'History' },
  { href: '/retry-queue', label: 'Retry Queue' },
  { href: '/alerts', label: 'Alerts' },
  { href: '/replays', label: 'Replays' },
  { href: '/postbacks', label: 'Postbacks' },
  { href: '/fetch', label: 'API Fetch' },
  { href: '/inspector', label: 'Inspector' },
];

export const ROUTES: PageRoute[] = [
  { path: '/insights', page: page(() => import('./pages/insights/insights-page')) },
  { path: '/insights/:figure', page: page(() => import('./pages/insights/figure-records-page')) },
  { path: '/flows', page: page(() => import('./pages/flows/flow-list')) },
  { path: '/history', page: page(() => import('./pages/history/history-list')) },
  { path: '/history/:id', page: page(() => import('./pages/history/delivery-detail')) },
  { path: '/inspector', page: page(() => import('./pages/inspector/inspector-page')) },
  { path: '/flows/new', page: page(() => import('./pages/flows/flow-editor')) },
  { path: '/flows/:name', page: page(() => import('./pages/flows/flow-editor')) },
  { path: '/tags', page: page(() => import('./pages/tags/tags-page')) },
  { path: '/retry-queue', page: page(() => import('./pages/retry-queue/retry-queue-page')) },
  { path: '/alerts', page: page(() => import('./pages/alerts/alerts-page')) },
  { path: '/postbacks', page: page(() => import('./pages/postbacks/postbacks-page')) },
  { path: '/replays', page: page(() => import('./pages/replays/replays-page')) },
  { path: '/fetch', page: page(() => import('./pages/fetch/fetch-page')) },
  { path: '/connections', page: page(() => import('./pages/connections/connection-list')) },
  { path: '/connections/new', page: page(() => import('./pages/connections/connection-setup')) },
  { path: '/connections/:name', page: page(() => import('./pages/connections/connection-setup')) },
  { path: '/mappings', page: page(() => import('./pages/mappings/mapping-list')) },
  { path: '/mappings/new', page: page(() => import('./pages/mappings/mapping-editor')) },
  { path: '/mappings/:name', page: page(() => import('./pages/mappings/mapping-editor')) },
];
