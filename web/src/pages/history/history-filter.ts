import type { paths } from '../../api/schema';
import { STATUSES, EVENT_TYPES, type DeliveryStatus, type EventType } from './words';

type ListQuery = NonNullable<paths['/v1/deliveries']['get']['parameters']['query']>;
/** What the history and its live tail both narrow by (the tail takes the list's filters). */
export type DeliveryQuery = Pick<ListQuery, 'status' | 'flow' | 'connection' | 'eventType' | 'eventCode' | 'registrationCode' | 'from' | 'to'>;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The time ranges offered: recent ones move with the clock, so a bookmark stays "the last hour". */
export const RANGES = [
  { value: '', label: 'Any time' },
  { value: '1h', label: 'Last hour', ms: HOUR },
  { value: '24h', label: 'Last 24 hours', ms: DAY },
  { value: '7d', label: 'Last 7 days', ms: 7 * DAY },
  { value: '30d', label: 'Last 30 days', ms: 30 * DAY },
  { value: 'custom', label: 'Between dates…' },
] as const;

/** The history's filters as the address keeps them: every value a string, '' for none. */
export interface HistoryFilter {
  status: string;
  flow: string;
  connection: string;
  eventType: string;
  eventCode: string;
  registrationCode: string;
  range: string;
  /** A custom range's ends, as the address (and other pages' links) give them: ISO times. */
  from: string;
  to: string;
}

export const FILTER_KEYS = ['status', 'flow', 'connection', 'eventType', 'eventCode', 'registrationCode', 'range', 'from', 'to'] as const satisfies readonly (keyof HistoryFilter)[];

/** No filter at all. */
export const NO_FILTER = Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as unknown as HistoryFilter;

export function filterFrom(params: URLSearchParams): HistoryFilter {
  const filter = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as HistoryFilter;
  // A link with ends but no range (from Insights, say) means those ends.
  if (!filter.range && (filter.from || filter.to)) filter.range = 'custom';
  return filter;
}

/** The filter as the API takes it, the recent ranges counted back from `now`. */
export function queryOf(f: HistoryFilter, now = Date.now()): DeliveryQuery {
  const q: DeliveryQuery = {};
  if (STATUSES.some((s) => s.value === f.status)) q.status = f.status as DeliveryStatus;
  if (f.eventType in EVENT_TYPES) q.eventType = f.eventType as EventType;
  if (f.flow) q.flow = f.flow;
  if (f.connection) q.connection = f.connection;
  if (f.eventCode) q.eventCode = f.eventCode;
  if (f.registrationCode) q.registrationCode = f.registrationCode;
  const range = RANGES.find((r) => r.value === f.range);
  if (range && 'ms' in range) q.from = new Date(now - range.ms).toISOString();
  if (f.range === 'custom') {
    if (validTime(f.from)) q.from = new Date(f.from).toISOString();
    if (validTime(f.to)) q.to = new Date(f.to).toISOString();
  }
  return q;
}

const validTime = (s: string) => s !== '' && !Number.isNaN(Date.parse(s));

/** The tail's address for a query: the same filters, as its query string. */
export const tailQuery = (q: DeliveryQuery) => new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
