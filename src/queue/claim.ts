import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Change } from '../domain/changes.js';
import type { Delivery, ProcessingDelivery } from '../domain/delivery.js';
import type { Dialect } from '../store/database.js';
import { toChange } from '../store/changes.js';
import { toProcessingDelivery } from '../store/deliveries.js';
import type { Db, Row, Schema } from '../store/schema.js';

/** A claimed delivery, with its account's configuration version as of the claim (or the evaluation that handed it over). */
export type ClaimedDelivery = ProcessingDelivery & { configVersion?: number };

export interface Claim {
  deliveries: ClaimedDelivery[];
  /** Nothing else was due: no need to claim again until new work is signalled (or the poll). */
  drained: boolean;
  /** The claimed deliveries' changes, when the claim read them too. */
  changes?: Map<number, Change>;
}

/** Free request slots of connections: a busy target's deliveries wait, the others go ahead. */
export interface FreeSlots {
  /** By `accountId/connection`: those with requests in flight, limits of their own, or paused. */
  byConnection: ReadonlyMap<string, number>;
  /** Any other connection's. */
  otherwise: number;
}

export interface ClaimOptions {
  dialect: Dialect;
  worker: string;
  limit: number;
  now: string;
  leaseUntil: string;
  /** Also take over claims whose lease ran out (a dead worker's); a look now and then is enough. */
  takeOverExpired: boolean;
  freeSlots?: FreeSlots;
}

/** How many more candidates than it claims a claim looks at, for the fair share to choose from. */
const LOOK_AHEAD = 4;

/**
 * Claims due deliveries for one worker: those waiting, retrying once due, or (with
 * `takeOverExpired`) processing under a lease that ran out. A delivery waits while an earlier one
 * with the same ordering key is unfinished, so one registration's changes never overtake each
 * other. The batch is shared round-robin between connections, each within its free slots.
 * PostgreSQL claims in one statement; SQLite (one writer) chooses, then claims, in a transaction.
 */
export function claimDeliveries(db: Kysely<Schema>, o: ClaimOptions): Promise<Claim> {
  return o.dialect === 'postgres' ? claimOnPostgres(db, o) : db.transaction().execute((trx) => claimOnSqlite(trx, o));
}

type Counts = { waiting: number; candidates: number };
const drainedBy = (o: ClaimOptions, counts: Counts, claimed: number) => Number(counts.waiting) < o.limit * LOOK_AHEAD && claimed === Number(counts.candidates);

/**
 * The choice, written once for both stores: the due candidates (literal statuses, as in the
 * partial indexes, so the planner can use them), then the fair share: each delivery's turn
 * within its connection, taken while the connection has free slots, round by round.
 */
function chosenSql(o: ClaimOptions): RawBuilder<unknown> {
  const lock = o.dialect === 'postgres' ? sql`for update skip locked` : sql``;
  return sql`waiting as materialized (
      select d.id, d.account_id, d.connection, d.priority, d.next_attempt_at, 0 as overdue from deliveries d
      where d.status in ('received', 'retrying') and d.next_attempt_at <= ${o.now} and ${notBehindAnEarlierOne}
      order by d.priority, d.next_attempt_at, d.id limit ${o.limit * LOOK_AHEAD} ${lock}
    ), expired as materialized (
      select d.id, d.account_id, d.connection, d.priority, d.next_attempt_at, 1 as overdue from deliveries d
      where d.status = 'processing' and d.lease_until < ${o.now}
      order by d.lease_until limit ${o.takeOverExpired ? o.limit : 0} ${lock}
    ), candidates as materialized (
      select * from waiting union all select * from expired
    ), chosen as (
      select id from (
        select c.id, c.overdue, c.priority, c.next_attempt_at, coalesce(s.free, ${o.freeSlots?.otherwise ?? o.limit}) as free,
          row_number() over (partition by c.account_id, c.connection order by c.overdue desc, c.priority, c.next_attempt_at, c.id) as turn
        from candidates c left join ${slotsTable(o)} on s.account_id = c.account_id and s.connection = c.connection
      ) ranked
      where turn <= free order by turn, overdue desc, priority, next_attempt_at, id limit ${o.limit}
    )`;
}

/** The free slots as a table `s(account_id, connection, free)`. */
function slotsTable(o: ClaimOptions): RawBuilder<unknown> {
  const slots = JSON.stringify(
    [...(o.freeSlots?.byConnection ?? [])].map(([key, free]) => {
      const slash = key.indexOf('/');
      return { account_id: Number(key.slice(0, slash)), connection: key.slice(slash + 1), free };
    }),
  );
  if (o.dialect === 'postgres') return sql`jsonb_to_recordset(${slots}::jsonb) as s(account_id bigint, connection text, free int)`;
  return sql`(select json_extract(value, '$.account_id') as account_id, json_extract(value, '$.connection') as connection, json_extract(value, '$.free') as free from json_each(${slots})) as s`;
}

/** Waits while an earlier delivery with the same ordering key is unfinished. */
const notBehindAnEarlierOne = sql<boolean>`not exists (select 1 from deliveries e where e.ordering_key = d.ordering_key and e.id < d.id and e.status in ('received', 'retrying', 'processing'))`;
const countsSql = sql`(select count(*) from waiting) as waiting, (select count(*) from candidates) as candidates`;
/** The account's configuration version, beside each delivery. */
const configVersionOf = (table: 'd' | 'deliveries') => sql<number>`(select config_version from accounts a where a.id = ${sql.ref(`${table}.account_id`)})`;
const inClaimOrder = (a: Delivery, b: Delivery) => a.priority - b.priority || a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id - b.id;
const claimedOf = (r: Row<'deliveries'> & { config_version: number }): ClaimedDelivery => ({ ...toProcessingDelivery(r), configVersion: Number(r.config_version) });

/** One statement, without a transaction around it; the changes are read with the claim. */
async function claimOnPostgres(db: Db, o: ClaimOptions): Promise<Claim> {
  type Claimed = Row<'deliveries'> & { config_version: number; change: Row<'changes'> | null } & Counts;
  const { rows } = await sql<Claimed | (Partial<Claimed> & { id: null } & Counts)>`
    with ${chosenSql(o)}, claimed as (
      update deliveries d set status = 'processing', lease_until = ${o.leaseUntil}, leased_by = ${o.worker}, updated_at = ${o.now}
      from chosen where d.id = chosen.id
      returning d.*, ${configVersionOf('d')} as config_version, (select row_to_json(c) from changes c where c.id = d.change_id) as change
    )
    select claimed.*, ${countsSql} from (select 1) as one left join claimed on true`.execute(db);
  const claimed = rows.filter((r): r is Claimed => r.id !== null);
  return {
    deliveries: claimed.map(claimedOf).sort(inClaimOrder),
    drained: drainedBy(o, rows[0] ?? { waiting: 0, candidates: 0 }, claimed.length),
    changes: new Map(claimed.flatMap((r) => (r.change ? [[r.change_id, toChange(r.change)] as const] : []))),
  };
}

/** The choice reads ids only; the chosen rows come back whole from the claiming UPDATE. */
async function claimOnSqlite(trx: Db, o: ClaimOptions): Promise<Claim> {
  const { rows } = await sql<{ id: number | null } & Counts>`
    with ${chosenSql(o)} select chosen.id, ${countsSql} from (select 1) as one left join chosen on true`.execute(trx);
  const ids = rows.flatMap((r) => (r.id === null ? [] : [r.id]));
  const drained = drainedBy(o, rows[0] ?? { waiting: 0, candidates: 0 }, ids.length);
  if (ids.length === 0) return { deliveries: [], drained };
  const claimed = await trx
    .updateTable('deliveries')
    .set({ status: 'processing', lease_until: o.leaseUntil, leased_by: o.worker, updated_at: o.now })
    .where('id', 'in', ids)
    .returningAll()
    .returning(configVersionOf('deliveries').as('config_version'))
    .execute();
  return { deliveries: claimed.map(claimedOf).sort(inClaimOrder), drained };
}
