import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock.js';
import type { Tags } from '../domain/postback-tags.js';
import { LoopRunner } from '../queue/coalescing-loop.js';
import type { Dialect } from '../store/database.js';
import { fromJson, toJson } from '../store/json.js';
import { EventContexts } from '../store/event-contexts.js';
import { loadEventContext, upsertRegistrations } from '../store/registrations.js';
import type { Db, Row, Schema } from '../store/schema.js';
import { inTransaction } from '../store/transaction.js';

export interface PostbackRunnerOptions {
  clock: Clock;
  batchSize: number;
  pollInterval: number;
  /** Told once attaching tags queued changes for the change processor. */
  changesRecorded: () => void;
  log?: Pick<Logger, 'error'>;
}

/**
 * Attaches accepted postbacks' tags to their registrations, in the order they arrived: as an API
 * write does (`upsertRegistrations`), which records the change the flows watch in the same
 * transaction, queued for the one evaluator. A postback whose registration does not exist yet is
 * held; once a registration is written while some are held, the held ones whose registration now
 * exists go through (an indexed look-up per held postback, never a scan per write); those still
 * held at the end of their hold time expire. Matched by email, a postback is attached to every
 * registration of the account's people with that email (a publisher knows the person, not which
 * of their registrations it meant).
 */
export class PostbackRunner extends LoopRunner {
  /** Whether some postbacks were held at the end of the last pass: only then does a registration written call for one. */
  private holding = true;
  /** Events' contexts, read again only once the account's configuration changed (as the API's writer keeps them). */
  private readonly contexts = new EventContexts(loadEventContext);

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
    private readonly o: PostbackRunnerOptions,
  ) {
    super({ every: o.pollInterval, failed: 'processing postbacks failed; will try again', log: o.log });
  }

  /** A registration was written: a pass if any postback waits for one. */
  registrationsWritten(): void {
    if (this.holding) void this.tick();
  }

  protected async pass() {
    const now = this.o.clock.now().toISOString();
    await releaseArrived(this.db);
    await this.db
      .updateTable('postbacks')
      .set({ outcome: 'expired', detail: 'no registration it names appeared within the hold time', processed_at: now })
      .where('outcome', '=', 'held')
      .where('hold_until', '<=', now)
      .execute();
    while (await this.runBatch());
    this.holding = (await this.db.selectFrom('postbacks').select('id').where('outcome', '=', 'held').limit(1).executeTakeFirst()) !== undefined;
  }

  /** One batch of accepted postbacks, oldest first; false once none is left. */
  async runBatch(): Promise<boolean> {
    let recorded = false;
    const full = await inTransaction(this.db, async (trx) => {
      let q = trx.selectFrom('postbacks').selectAll().where('outcome', '=', 'accepted').orderBy('id').limit(this.o.batchSize);
      if (this.dialect === 'postgres') q = q.forUpdate().skipLocked();
      const rows = await q.execute();
      const at = this.o.clock.now().toISOString();
      for (const row of rows) recorded = (await attach(trx, row, at, this.contexts)) || recorded;
      return rows.length === this.o.batchSize;
    });
    if (recorded) this.o.changesRecorded();
    return full;
  }
}

/** Held postbacks whose registration now exists are accepted again, for this pass to attach. */
function releaseArrived(db: Db) {
  return db
    .updateTable('postbacks')
    .set({ outcome: 'accepted', detail: null })
    .where('outcome', '=', 'held')
    .where((eb) =>
      eb.or([
        eb.and([eb('match_by', '=', 'code'), eb.exists(eb.selectFrom('registrations as r').select(sql.lit(1).as('one')).whereRef('r.account_id', '=', 'postbacks.account_id').whereRef('r.code', '=', 'postbacks.match_value'))]),
        eb.and([
          eb('match_by', '=', 'email'),
          eb.exists(
            eb
              .selectFrom('profiles as p')
              .innerJoin('registrations as r', (j) => j.onRef('r.account_id', '=', 'p.account_id').onRef('r.profile_code', '=', 'p.code'))
              .select(sql.lit(1).as('one'))
              .whereRef('p.account_id', '=', 'postbacks.account_id')
              .where(sql`lower(p.email)`, '=', sql`lower(postbacks.match_value)`),
          ),
        ]),
      ]),
    )
    .execute();
}

/** The codes of the registrations a postback names, in code order. */
async function registrationsFor(db: Db, accountId: number, by: 'code' | 'email', value: string): Promise<string[]> {
  if (by === 'code') {
    const found = await db.selectFrom('registrations').select('code').where('account_id', '=', accountId).where('code', '=', value).executeTakeFirst();
    return found ? [found.code] : [];
  }
  const rows = await db
    .selectFrom('profiles as p')
    .innerJoin('registrations as r', (j) => j.onRef('r.account_id', '=', 'p.account_id').onRef('r.profile_code', '=', 'p.code'))
    .select('r.code')
    .where('p.account_id', '=', accountId)
    .where(sql`lower(p.email)`, '=', value.toLowerCase())
    .orderBy('r.code')
    .execute();
  return rows.map((r) => r.code);
}

type Settled = Pick<Row<'postbacks'>, 'outcome' | 'detail' | 'registrations' | 'processed_at'>;

/** Attaches one postback, or holds it; answers whether it recorded changes. */
async function attach(trx: Db, row: Row<'postbacks'>, at: string, contexts: EventContexts): Promise<boolean> {
  const settle = (s: Partial<Settled> & Pick<Settled, 'outcome'>) => trx.updateTable('postbacks').set({ detail: null, processed_at: at, ...s }).where('id', '=', row.id).execute();
  if (row.match_value === null || row.match_by === null) {
    await settle({ outcome: 'unmatched', detail: "the body has no value at the source's match key" });
    return false;
  }
  const codes = await registrationsFor(trx, row.account_id, row.match_by, row.match_value);
  if (codes.length === 0) {
    const named = row.match_by === 'code' ? `no registration '${row.match_value}'` : `no registration of a person with email '${row.match_value}'`;
    await settle({ outcome: 'held', detail: `${named} yet: held until ${row.hold_until}`, processed_at: null });
    return false;
  }
  const tags = fromJson<Tags>(row.tags ?? '{}');
  const outcomes = await upsertRegistrations(trx, row.account_id, codes.map((code) => ({ code, postback: tags })), at, contexts);
  const refused = outcomes.flatMap((o) => (o.outcome === 'error' ? [`${o.code}: ${o.error.message}`] : []));
  await settle({
    outcome: 'attached',
    registrations: toJson(outcomes.filter((o) => o.outcome !== 'error').map((o) => o.code)),
    detail: refused.length ? `not attached to ${refused.join('; ')}` : null,
  });
  return outcomes.some((o) => o.outcome === 'created' || o.outcome === 'updated');
}
