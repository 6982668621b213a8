import type { Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { AlertKind, AlertState, ResolvedBy } from '../domain/alert.js';
import type { AttemptReport, AttemptResult } from '../domain/attempt.js';
import type { BulkResubmitStatus } from '../domain/bulk-resubmit.js';
import type { CatalogKind } from '../domain/catalog.js';
import type { ChangeKind } from '../domain/changes.js';
import type { DeliveryStatus } from '../domain/delivery.js';
import type { FailureCategory } from '../domain/failure.js';
import type { FailureCause } from '../domain/failure-cause.js';
import type { MatchKey, PostbackOutcome, RejectionCause } from '../domain/postback.js';
import type { FetchState } from '../domain/fetch/job.js';
import type { FetchRunStatus } from '../domain/fetch/run.js';
import type { Grain } from '../domain/period.js';
import type { Lead } from '../domain/lead.js';
import type { ReplayStatus, ReplaySubjects } from '../domain/replay.js';
import type { OperationalEventType } from '../domain/operational-event.js';
import type { NotTriggeredReason } from '../flows/flow.js';

/**
 * The tables. JSON is stored as text and booleans as 0/1 on both stores, so one set of
 * migrations and one set of queries serve SQLite and PostgreSQL alike. Times are ISO-8601 UTC.
 */
export interface Schema {
  accounts: AccountsTable;
  api_keys: ApiKeysTable;
  sessions: SessionsTable;
  tags: TagsTable;
  catalog_entries: CatalogEntriesTable;
  events: EventsTable;
  event_sessions: EventSessionsTable;
  profiles: ProfilesTable;
  registrations: RegistrationsTable;
  session_registrations: SessionRegistrationsTable;
  changes: ChangesTable;
  pending_changes: PendingChangesTable;
  connections: ConnectionsTable;
  mappings: MappingsTable;
  flows: FlowsTable;
  flow_outcomes: FlowOutcomesTable;
  deliveries: DeliveriesTable;
  attempts: AttemptsTable;
  replays: ReplaysTable;
  insight_counts: InsightCountsTable;
  insight_registrations: InsightRegistrationsTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  notification_subscriptions: NotificationSubscriptionsTable;
  operational_events: OperationalEventsTable;
  bulk_resubmits: BulkResubmitsTable;
  bulk_resubmit_items: BulkResubmitItemsTable;
  inbound_sources: InboundSourcesTable;
  postbacks: PostbacksTable;
  fetch_jobs: FetchJobsTable;
  fetch_runs: FetchRunsTable;
}

interface Timestamps {
  created_at: string;
  updated_at: string;
}

export interface AccountsTable {
  id: Generated<number>;
  code: string;
  name: string;
  created_at: string;
  /** Bumped by triggers on every write to the account's configuration tables. */
  config_version: Generated<number>;
}

/** A dashboard login: the hash of the cookie's token, and the key it was opened with. */
export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  api_key_id: number;
  created_at: string;
  expires_at: string;
}

export interface ApiKeysTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  /** The key's first characters, so a person can tell keys apart without the secret. */
  prefix: string;
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface TagsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  name: string;
  label: string;
  objects: string;
  system: number;
}

export interface CatalogEntriesTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  kind: CatalogKind;
  event_code: string | null;
  code: string;
  name: string;
  standard: number;
  tags: string;
  attributes: string;
}

export interface EventsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  code: string;
  data: string;
}

/** The sessions of events; `data` is the session's snapshot (src/domain/event-session.ts). */
export interface EventSessionsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  event_code: string;
  code: string;
  data: string;
  /** Its latest change: what the mass action sends again (retention keeps it). */
  change_id: number;
}

export interface ProfilesTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  code: string;
  email: string | null;
  data: string;
}

export interface RegistrationsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  code: string;
  event_code: string;
  profile_code: string;
  status: string;
  /** The registration snapshot without its profile (kept in profiles). */
  data: string;
}

export interface SessionRegistrationsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  registration_code: string;
  session_code: string;
  event_code: string;
  status: string;
}

export interface ChangesTable {
  id: Generated<number>;
  account_id: number;
  kind: ChangeKind;
  subject_code: string;
  event_code: string;
  before: string | null;
  after: string;
  is_test: number;
  created_at: string;
  /** A write-back's change: the flow whose answer it wrote, and the change that flow delivered (migration 0020). */
  origin_flow_id: number | null;
  origin_change_id: number | null;
}

/** A change waiting for the flows: deleted, in the same transaction, once they have evaluated it. */
export interface PendingChangesTable {
  change_id: number;
  account_id: number;
}

export interface ConnectionsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  name: string;
  settings: string;
  sealed_secrets: string;
}

export interface MappingsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  name: string;
  version: number;
  definition: string;
}

export interface FlowsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  name: string;
  version: number;
  active: number;
  definition: string;
}

export interface FlowOutcomesTable {
  id: Generated<number>;
  account_id: number;
  change_id: number;
  flow_id: number;
  flow_version: number;
  triggered: number;
  reason: NotTriggeredReason | null;
  detail: string;
  created_at: string;
}

export interface DeliveriesTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  change_id: number;
  flow_id: number;
  destination: string;
  connection: string;
  ordering_key: string;
  status: DeliveryStatus;
  /** Lower goes first: a delivery submitted by hand jumps the queue. */
  priority: number;
  attempts: number;
  retries: number;
  next_attempt_at: string;
  lease_until: string | null;
  leased_by: string | null;
  failure_category: FailureCategory | null;
  failure_message: string | null;
  abandoned: number;
  delivered_at: string | null;
  target_record_id: string | null;
  /** Its change's: whether it is test data, its event, when it was accepted. */
  is_test: Generated<number>;
  event_code: Generated<string>;
  received_at: string | null;
  /**
   * The transaction that inserted it, for the live tail (`store/delivery-events.ts`), which reads
   * deliveries and attempts in the order they become final. On PostgreSQL ids are taken before
   * commit, so a smaller id can commit after a larger one: the inserting transaction's id
   * (`pg_current_xact_id()`, by default) orders them, then the id. On SQLite, whose one writer
   * commits in id order, it is 0 (so is it for rows older than the column).
   */
  tx: Generated<number>;
}

export interface AttemptsTable {
  id: Generated<number>;
  account_id: number;
  delivery_id: number;
  number: number;
  started_at: string;
  duration_ms: number;
  /** URL, method, headers (secrets redacted) and body, as JSON; null when nothing was sent; the word "expired" past payload retention. */
  request: string | null;
  /** Status, headers and body (first 64 KiB), as JSON; null when no answer came; "expired" past payload retention. */
  response: string | null;
  outcome: AttemptReport['outcome'];
  failure_category: FailureCategory | null;
  failure_message: string | null;
  /** The status the target answered, when it answered. */
  http_status: number | null;
  cause: FailureCause | null;
  /** What the attempt left its delivery as. */
  result: AttemptResult | null;
  lead: Lead | null;
  /** What the attempt could not do with the answer (a write-back skipped), explained; null when nothing. */
  note: string | null;
  /** The transaction that inserted it (see `DeliveriesTable.tx`). */
  tx: Generated<number>;
}

export interface ReplaysTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  flow_id: number;
  request_key: string;
  from_time: string | null;
  to_time: string | null;
  event_code: string | null;
  /** What it goes over: past changes, or every session of its event (the mass action). */
  subjects: Generated<ReplaySubjects>;
  status: ReplayStatus;
  total: number;
  processed: number;
  triggered: number;
  cursor: number;
  last_change_id: number;
}

/**
 * Rollups the insights are read from: a count per bucket of time (`grain`: minute, hour, day, or
 * `total` since the start with bucket ''), per metric, flow, connection, event and one metric-specific
 * dimension ('' where a part does not apply). See `store/insight-counts.ts` for the metrics.
 */
export interface InsightCountsTable {
  account_id: number;
  is_test: number;
  grain: Grain;
  bucket: string;
  metric: string;
  flow_id: number;
  connection: string;
  event_code: string;
  dimension: string;
  count: number;
}

/** When each registration was last processed by a flow (flow_id 0: by any): Unique Registrations exactly, for periods up to now. */
export interface InsightRegistrationsTable {
  account_id: number;
  is_test: number;
  flow_id: number;
  registration_code: string;
  last_at: string;
}

/** See `domain/alert.ts`. At most one alert per account, kind and connection is not resolved. */
export interface AlertsTable {
  id: Generated<number>;
  account_id: number;
  kind: AlertKind;
  connection: string;
  cause: FailureCause;
  state: AlertState;
  /** What the detector saw, as JSON (`AlertEvidence`). */
  evidence: string;
  opened_at: string;
  last_seen_at: string;
  affected: number;
  acknowledged_at: string | null;
  resolved_at: string | null;
  resolved_by: ResolvedBy | null;
  updated_at: string;
}

/** The deliveries an alert lists as affected, as they were seen while it was open. */
export interface AlertDeliveriesTable {
  alert_id: number;
  delivery_id: number;
}

/** An account's notification settings: one row per event type it is told about, and the connection it goes to (null: none). */
export interface NotificationSubscriptionsTable {
  account_id: number;
  event_type: OperationalEventType;
  connection: string | null;
  updated_at: string;
}

export type OperationalEventStatus = 'pending' | 'sent' | 'dropped';

/** The outbox of operational events: each waits, pending, until sent, or dropped once its sends ran out. */
export interface OperationalEventsTable {
  id: Generated<number>;
  account_id: number;
  /** Where it goes: the connection subscribed when it was recorded. */
  connection: string;
  type: OperationalEventType;
  /** The request body, as JSON: `{ type, timestamp, data }`. */
  body: string;
  status: OperationalEventStatus;
  /** Sends tried. */
  attempts: number;
  /** When it is due; while a sender holds it, when its hold runs out. */
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  /** When it was sent, or dropped. */
  finished_at: string | null;
}

/** A bulk resubmit job (see `domain/bulk-resubmit.ts`). */
export interface BulkResubmitsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  status: BulkResubmitStatus;
  /** The filter as asked, as JSON. */
  filter: string;
  total: number;
  processed: number;
  resubmitted: number;
  /** Batches that failed in a row, and the last one's error. */
  failures: number;
  error: string | null;
  started_at: string | null;
  finished_at: string | null;
}

/** The deliveries a bulk resubmit still has to go through, fixed when it was created; each batch deletes those it took. */
export interface BulkResubmitItemsTable {
  job_id: number;
  delivery_id: number;
}

/** An inbound source (see `domain/postback.ts`): its settings as JSON, its verification's secret sealed. */
export interface InboundSourcesTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  name: string;
  /** The unguessable part of its URL, `/in/<token>`. */
  token: string;
  settings: string;
  sealed_secrets: string;
}

/** One call to an inbound source, as the postback log shows it, and where it stands. */
export interface PostbacksTable {
  id: Generated<number>;
  account_id: number;
  source_id: number;
  source: string;
  received_at: string;
  outcome: PostbackOutcome;
  cause: RejectionCause | null;
  /** Why it was refused, held or expired, in words. */
  detail: string | null;
  /** What the call was answered. */
  status: number;
  /** The call's own id (or signature): unique per source, so a second delivery of it is a duplicate. */
  dedupe_key: string | null;
  content_type: string | null;
  /** As received, credentials redacted (JSON). */
  headers: string;
  body: string;
  /** The redacted headers' values, sealed: a refused call is checked again with them once its source is fixed. */
  sealed_credentials: string | null;
  /** The body's tags (JSON), once it was parsed. */
  tags: string | null;
  match_by: MatchKey['by'] | null;
  match_value: string | null;
  hold_until: string | null;
  /** The codes of the registrations it was attached to (JSON). */
  registrations: string | null;
  processed_at: string | null;
}

/** A fetch job (see `domain/fetch/job.ts`): what it does as JSON, what it is doing as columns. */
export interface FetchJobsTable extends Timestamps {
  id: Generated<number>;
  account_id: number;
  name: string;
  /** The job's definition (`FetchJobInput` without its name and state), as JSON. */
  spec: string;
  state: FetchState;
  /** The checkpoint the next run starts from; null until a run succeeded (the rule's initial value). */
  checkpoint: string | null;
  next_run_at: string;
  failures: number;
  last_run_id: number | null;
  /** The process running the job, and until when its hold lasts unless renewed. */
  lease_owner: string | null;
  lease_until: string | null;
}

/** One run of a fetch job (see `domain/fetch/run.ts`); `position` (JSON) is where a running run's next page points. */
export interface FetchRunsTable {
  id: Generated<number>;
  job_id: number;
  account_id: number;
  status: FetchRunStatus;
  started_at: string;
  finished_at: string | null;
  position: string | null;
  pages: number;
  records_read: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** The first per-record errors, as JSON. */
  errors: string;
  checkpoint_before: string | null;
  checkpoint_after: string | null;
  /** Why it stopped (succeeded) or failed. */
  reason: string | null;
}

/** The two stores: the embedded default and PostgreSQL. */
export type Dialect = 'sqlite' | 'postgres';

export type Db = Kysely<Schema> | Transaction<Schema>;
export type Row<T extends keyof Schema> = Selectable<Schema[T]>;
export type CountRow = Schema['insight_counts'];
