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
];

export const ROUTES: PageRoute[] = [
  { path: '/insights', page: page(() => import('./pages/insights/insights-page')) },
  { path: '/insights/:figure', page: page(() => import('./pages/insights/figure-records-page')) },
  { path: '/flows', page: page(() => import('./pages/flows/flow-list')) },
];
