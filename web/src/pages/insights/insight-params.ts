import { useSearchParams } from 'wouter';
import type { paths } from '../../api/schema';

/**
 * What Metrics > Insights shows lives in the address (`?tab=&last=&mode=` and the filters), so a
 * reload, a bookmark or a link to a drill-down shows the same figures.
 */
export type RecordQuery = NonNullable<paths['/v1/insights/figures/{figure}/records']['get']['parameters']['query']>;
export type Figure = paths['/v1/insights/figures/{figure}/records']['get']['parameters']['path']['figure'];
export type Mode = 'live' | 'test';
/** What every figure is counted over: Live or Test Flows, over the last period. */
export interface InsightPeriod {
  last: string;
  mode: Mode;
}

/** The periods the API offers (`last`: 15m, 1h, 4h or 1d to 31d); 1d is its default. */
export const PERIODS = [
  { value: '15m', label: 'Last 15 minutes' },
  { value: '1h', label: 'Last hour' },
  { value: '4h', label: 'Last 4 hours' },
  { value: '1d', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
] as const;
export const DEFAULT_PERIOD = '1d';

export const MODES = [
  { value: 'live', label: 'Live Flows' },
  { value: 'test', label: 'Test Flows' },
] as const;

/** The filters a drill-down or the Activity Feed may carry in the address, named as the API names them. */
export const FILTERS = ['flow', 'connection', 'eventCode', 'category', 'registrationCode', 'search', 'reason', 'kind', 'cause'] as const;
export type Filter = (typeof FILTERS)[number];

export function useInsightParams() {
  const [params, setParams] = useSearchParams();
  const last = params.get('last') ?? DEFAULT_PERIOD;
  const mode: Mode = params.get('mode') === 'test' ? 'test' : 'live';
  /** Changes some parameters in the address (undefined or '' removes one), keeping the rest. */
  const change = (changes: Partial<Record<string, string | undefined>>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  const filters: Partial<Record<Filter, string>> = {};
  for (const f of FILTERS) {
    const v = params.get(f);
    if (v) filters[f] = v;
  }
  const period: InsightPeriod = { last, mode };
  return { params, last, mode, filters, change, period };
}

/** The address of a figure's drill-down: the same period and mode, and the filters given. */
export function recordsHref(figure: Figure, period: InsightPeriod, filters: Partial<Record<Filter, string>> = {}) {
  const q = new URLSearchParams({ last: period.last, mode: period.mode });
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  return `/insights/${figure}?${q}`;
}

/** The address's filters that apply to these records, as the API's query (it checks their values). */
export const pick = (filters: Partial<Record<Filter, string>>, allowed: readonly Filter[]) =>
  Object.fromEntries(allowed.filter((f) => filters[f]).map((f) => [f, filters[f]])) as Partial<RecordQuery>;
