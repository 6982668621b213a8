import { sql } from 'kysely';
import { type ChangeKind, recordTypeOf } from '../domain/changes.js';
import { NORMAL_PRIORITY } from '../domain/delivery.js';
import { toProcessingDelivery } from '../store/deliveries.js';
import { chunks } from '../store/json.js';
import type { Db } from '../store/schema.js';
import type { ClaimedDelivery } from './claim.js';
import type { Handover } from './handover.js';

export interface NewDelivery {
  accountId: number;
  changeId: number;
  changeKind: ChangeKind;
  /** The registration (or, for event changes, the event) the change is about. */
  recordCode: string;
  eventCode: string;
  isTest: boolean;
  /** When its change was accepted. */
  receivedAt: string;
  flowId: number;
  destination: string;
  connection: string;
  /** The account's configuration version the evaluation used. */
  configVersion?: number;
  /** Outside the record's order (it neither waits for nor holds up the record's other deliveries). */
  standalone?: boolean;
}

/** Changes to one record reach one destination in the order they happened. */
export const orderingKey = (d: NewDelivery) =>
  `${d.accountId}/${d.flowId}/${d.destination}/${recordTypeOf(d.changeKind)}:${d.recordCode}${d.standalone ? `#${d.changeId}` : ''}`;

/**
 * Queues deliveries, in the order given, and answers those `handover` took: written already
 * claimed by its worker, only when no earlier delivery of the same record waits (in the store or
 * in this batch), so that one record's changes still go out in order.
 */
export async function enqueueDeliveries(db: Db, deliveries: readonly NewDelivery[], at: string, handover?: Handover): Promise<ClaimedDelivery[]> {
  const handed: ClaimedDelivery[] = [];
  for (const batch of chunks(deliveries, 500)) {
    const waiting = handover ? await unfinishedKeys(db, batch.map(orderingKey)) : new Set<string>();
    const rows = batch.map((d) => {
      const key = orderingKey(d);
      const taken = handover !== undefined && !waiting.has(key) && handover.take(d);
      waiting.add(key);
      return { row: newRow(d, key, at, taken ? handover : undefined), configVersion: d.configVersion };
    });
    if (!rows.some((r) => r.row.leased_by !== null)) {
      await db.insertInto('deliveries').values(rows.map((r) => r.row)).execute();
      continue;
    }
    // RETURNING's order is not promised (SQLite): rows are told apart by change, flow and destination.
    const ids = await db.insertInto('deliveries').values(rows.map((r) => r.row)).returning(['id', 'change_id', 'flow_id', 'destination']).execute();
    const idOf = new Map(ids.map((r) => [`${r.change_id}/${r.flow_id}/${r.destination}`, r.id]));
    for (const { row, configVersion } of rows) {
      if (row.leased_by === null) continue;
      const id = idOf.get(`${row.change_id}/${row.flow_id}/${row.destination}`) as number;
      handed.push(configVersion === undefined ? toProcessingDelivery({ ...row, id }) : { ...toProcessingDelivery({ ...row, id }), configVersion });
    }
  }
  return handed;
}

function newRow(d: NewDelivery, key: string, at: string, claimedBy?: Handover) {
  return {
    account_id: d.accountId,
    change_id: d.changeId,
    flow_id: d.flowId,
    destination: d.destination,
    connection: d.connection,
    ordering_key: key,
    status: claimedBy ? ('processing' as const) : ('received' as const),
    priority: NORMAL_PRIORITY,
    attempts: 0,
    retries: 0,
    next_attempt_at: at,
    lease_until: claimedBy?.leaseUntil ?? null,
    leased_by: claimedBy?.worker ?? null,
    failure_category: null,
    failure_message: null,
    abandoned: 0,
    delivered_at: null,
    target_record_id: null,
    is_test: d.isTest ? 1 : 0,
    event_code: d.eventCode,
    received_at: d.receivedAt,
    created_at: at,
    updated_at: at,
  };
}

/** The ordering keys among `keys` with a delivery still to finish. */
async function unfinishedKeys(db: Db, keys: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('deliveries')
    .select('ordering_key')
    .distinct()
    .where('ordering_key', 'in', [...new Set(keys)])
    .where(sql<boolean>`status in ('received', 'retrying', 'processing')`)
    .execute();
  return new Set(rows.map((r) => r.ordering_key));
}
