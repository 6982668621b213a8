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
  { href: '/flows', label: 'Flows' },
  { href: '/connections', label: 'Connections' },
  { href: '/mappings', label: 'Mappings' },
];

export const ROUTES: PageRoute[] = [
  { path: '/flows', page: page(() => import('./pages/flows/flow-list')) },
  { path: '/connections', page: page(() => import('./pages/connections/connection-list')) },
  { path: '/connections/new', page: page(() => import('./pages/connections/connection-setup')) },
  { path: '/connections/:name', page: page(() => import('./pages/connections/connection-setup')) },
  { path: '/mappings', page: page(() => import('./pages/mappings/mapping-list')) },
  { path: '/mappings/new', page: page(() => import('./pages/mappings/mapping-editor')) },
  { path: '/mappings/:name', page: page(() => import('./pages/mappings/mapping-editor')) },
];
