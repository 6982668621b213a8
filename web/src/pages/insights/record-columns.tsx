import { Link } from 'wouter';
import type { Column } from '../../components/table';
import { StatusBadge } from '../../components/status-badge';
import { formatNumber, formatTime } from '../../format';
import { CATEGORIES, CAUSES, KINDS, REASONS, RESULTS, type RecordKind, wordFor } from './words';

/**
 * A figure's record as the API gives it: the row the figure counted. Which fields it has depends
 * on the kind of row (see `RecordKind`); the API types it as an open object.
 */
export interface InsightRecord {
  at?: string;
  changeId?: number;
  deliveryId?: number;
  deliveryIds?: number[];
  kind?: string;
  registrationCode?: string | null;
  eventCode?: string | null;
  flow?: string | null;
  connection?: string;
  destination?: string;
  status?: string;
  result?: string;
  triggered?: boolean;
  reason?: string | null;
  detail?: string | null;
  retries?: number;
  attempt?: number;
  category?: string | null;
  cause?: string | null;
  message?: string | null;
  httpStatus?: number | null;
  lead?: string | null;
  outcomes?: number;
  flowId?: number;
}

type Col = Column<InsightRecord>;

/** The delivery detail (another page of the dashboard) of one delivery. */
export const deliveryHref = (id: number) => `/history/${id}`;

const time: Col = { header: 'Time', cell: (r) => <span className="nowrap">{formatTime(r.at)}</span> };
const registration: Col = { header: 'Registration', cell: (r) => r.registrationCode ?? '—' };
const event: Col = { header: 'Event', cell: (r) => r.eventCode ?? '—' };
const flow: Col = { header: 'Flow', cell: (r) => r.flow ?? '—' };
const connection: Col = { header: 'Connection', cell: (r) => r.connection ?? '—' };

/** The deliveries the record is about, each to its detail; the history of its change when it made none. */
const deliveries: Col = {
  header: 'Delivery',
  cell: (r) => {
    const ids = r.deliveryId !== undefined ? [r.deliveryId] : (r.deliveryIds ?? []);
    if (ids.length > 0)
      return (
        <span className="links">
          {ids.map((id) => (
            <Link key={id} href={deliveryHref(id)}>
              #{id}
            </Link>
          ))}
        </span>
      );
    // The history lists deliveries by their registration: a change that made none shows its registration's others.
    return r.registrationCode ? <Link href={`/history?registrationCode=${encodeURIComponent(r.registrationCode)}`}>History</Link> : '—';
  },
};

const outcome: Col = { header: 'Outcome', cell: (r) => (r.triggered ? <StatusBadge status="delivered" label="Triggered" /> : <StatusBadge status="pending" label={wordFor(REASONS, r.reason)} />) };
const detail: Col = { header: 'Detail', cell: (r) => r.detail ?? '' };
const failure: Col = {
  header: 'Why',
  cell: (r) =>
    r.cause || r.message ? (
      <span className="why">
        {r.cause && <strong>{wordFor(CAUSES, r.cause)}</strong>}
        {r.category && <span className="hint"> ({wordFor(CATEGORIES, r.category)})</span>}
        {r.httpStatus ? <span className="hint"> HTTP {r.httpStatus}</span> : null}
        {r.message && <span className="message">{r.message}</span>}
      </span>
    ) : (
      '—'
    ),
};

/** The columns of each kind of record: the way to its delivery first, where a narrow screen shows it without scrolling. */
export const COLUMNS: Record<RecordKind, Col[]> = {
  outcome: [deliveries, time, registration, event, flow, outcome, detail],
  registration: [time, registration, { header: 'Times processed', numeric: true, cell: (r) => formatNumber(r.outcomes ?? 0) }, { header: 'History', cell: (r) => (r.registrationCode ? <Link href={`/history?registrationCode=${encodeURIComponent(r.registrationCode)}`}>History</Link> : '—') }],
  delivery: [deliveries, time, registration, event, flow, connection, { header: 'Status', cell: (r) => (r.status ? <StatusBadge status={r.status} /> : '—') }, { header: 'Retries', numeric: true, cell: (r) => formatNumber(r.retries ?? 0) }, failure],
  change: [deliveries, time, { header: 'Kind', cell: (r) => wordFor(KINDS, r.kind) }, registration, event],
  attempt: [deliveries, time, registration, event, flow, connection, { header: 'Attempt', numeric: true, cell: (r) => formatNumber(r.attempt ?? 0) }, { header: 'Result', cell: (r) => (r.result ? <StatusBadge status={r.result} label={wordFor(RESULTS, r.result)} /> : '—') }, failure],
  flow: [{ header: 'Flow', cell: (r) => r.flow ?? '—' }, { header: 'Changes processed', numeric: true, cell: (r) => formatNumber(r.outcomes ?? 0) }],
};

/** The Activity Feed's columns: its deliveries, when, who, which flow, and how it went. */
export const ACTIVITY_COLUMNS: Col[] = [
  deliveries,
  time,
  registration,
  { header: 'What', cell: (r) => wordFor(KINDS, r.kind) },
  event,
  flow,
  { header: 'Result', cell: (r) => <StatusBadge status={r.result === 'not_triggered' ? 'pending' : (r.result ?? 'pending')} label={wordFor(RESULTS, r.result)} /> },
  { header: 'Detail', cell: (r) => (r.triggered ? '' : [wordFor(REASONS, r.reason), r.detail].filter(Boolean).join(': ')) },
];

/** A stable key for a record: its kind's ids and time. */
export const recordKey = (r: InsightRecord) => `${r.at ?? ''}|${r.deliveryId ?? ''}|${r.changeId ?? ''}|${r.flow ?? ''}|${r.attempt ?? ''}|${r.registrationCode ?? ''}|${r.flowId ?? ''}`;
