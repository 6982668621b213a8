import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_CLOCK } from '../../src/domain/clock.js';
import { createAccount } from '../../src/store/accounts.js';
import { upsertEntry } from '../../src/store/catalog.js';
import { openDatabase } from '../../src/store/database.js';
import { upsertEvent } from '../../src/store/events.js';
import { RegistrationWriter } from '../../src/store/registration-writer.js';
import { inTransaction } from '../../src/store/transaction.js';
import { CLOCK_START } from '../support/clock.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

describeEachStore('registration writer (group commit)', (store) => {
  let database: TestDatabase;
  let accounts: number[];
  beforeAll(async () => {
    database = await openTestDatabase(store);
    accounts = [];
    for (const name of ['Acme', 'Rival']) {
      const { account } = await createAccount(database.db, name, CLOCK_START);
      await inTransaction(database.db, (trx) => upsertEvent(trx, account.id, 'SUMMIT', { name: 'Summit' }, CLOCK_START));
      accounts.push(account.id);
    }
  });
  afterAll(() => database.close());

  it('answers each of many concurrent writes with its own outcome, a bad one failing alone', async () => {
    const writer = new RegistrationWriter(database.db, { clock: SYSTEM_CLOCK });
    const [acme, rival] = accounts as [number, number];
    const writes = Array.from({ length: 60 }, (_, i) =>
      writer.write(i % 2 ? acme : rival, { code: `R-${i}`, eventCode: i === 17 ? 'NOPE' : 'SUMMIT', profile: { code: `P-${i}`, firstName: `N${i}` } }),
    );
    const outcomes = await Promise.all(writes);
    expect(outcomes.filter((o) => o.outcome === 'created')).toHaveLength(59);
    expect(outcomes[17]).toMatchObject({ code: 'R-17', outcome: 'error', error: { message: "eventCode: event 'NOPE' does not exist" } });
    const perAccount = await database.db.selectFrom('registrations').select(['account_id']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('account_id').orderBy('account_id').execute();
    expect(perAccount.map((r) => Number(r.n))).toEqual([29, 30]);
    const changes = await database.db.selectFrom('changes').select('subject_code').where('kind', '=', 'registration.created').execute();
    expect(changes).toHaveLength(59);
  });

  it('applies writes to the same registration in the order they arrived', async () => {
    const writer = new RegistrationWriter(database.db, { clock: SYSTEM_CLOCK });
    const acme = accounts[1] as number;
    const statuses = ['new', 'registered', 'cancelled'];
    await Promise.all(statuses.map((status) => writer.write(acme, { code: 'R-ordered', eventCode: 'SUMMIT', profile: { code: 'P-o' }, status })));
    const kinds = await database.db.selectFrom('changes').select(['kind', 'after']).where('subject_code', '=', 'R-ordered').orderBy('id').execute();
    expect(kinds.map((k) => [k.kind, JSON.parse(k.after).status])).toEqual([
      ['registration.created', 'new'],
      ['registration.status_changed', 'registered'],
      ['registration.status_changed', 'cancelled'],
    ]);
  });

  it('sees events and statuses created through another connection at once, though it keeps what it read', async () => {
    const writer = new RegistrationWriter(database.db, { clock: SYSTEM_CLOCK });
    const acme = accounts[0] as number;
    const other = await openDatabase(database.options);
    try {
      const late = { code: 'R-late', eventCode: 'LATE', profile: { code: 'P-late' }, status: 'waitlisted' };
      expect(await writer.write(acme, late)).toMatchObject({ outcome: 'error', error: { message: "eventCode: event 'LATE' does not exist" } });
      await inTransaction(other.db, (trx) => upsertEvent(trx, acme, 'LATE', { name: 'Late Summit' }, CLOCK_START));
      expect(await writer.write(acme, late)).toMatchObject({ outcome: 'error', error: { field: 'status' } });
      await inTransaction(other.db, (trx) => upsertEntry(trx, acme, 'registration_status', null, 'waitlisted', {}, CLOCK_START));
      expect(await writer.write(acme, late)).toMatchObject({ outcome: 'created', registration: { status: 'waitlisted', eventCode: 'LATE' } });
      expect(await writer.bulk(acme, [{ ...late, code: 'R-late-2' }])).toMatchObject([{ outcome: 'created' }]);
    } finally {
      await other.close();
    }
  });
});
