import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChangeKind, NewChange } from '../../src/domain/changes.js';
import { enqueueDeliveries } from '../../src/queue/enqueue.js';
import { appendChanges } from '../../src/store/changes.js';
import { listDeliveries } from '../../src/store/deliveries.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

const T0 = '2026-11-24T10:00:00.000Z';

describeEachStore('the deliveries of a source record', (store) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(store);
    // Subjects as the domain writes them: a registration's code, a session registration's `registration/session`, an event's code.
    const subjects: [ChangeKind, string][] = [
      ['registration.created', 'R_1'],
      ['session_registration.status_changed', 'R_1/KEYNOTE'],
      ['registration.updated', 'R_10'],
      ['session_registration.status_changed', 'RX1/KEYNOTE'],
      ['event.updated', 'R_1'],
    ];
    const changes = await appendChanges(
      database.db,
      1,
      subjects.map(([kind, subjectCode]) => ({ kind, subjectCode, eventCode: 'SUMMIT', before: null, after: {}, isTest: false }) as unknown as NewChange),
      T0,
    );
    await enqueueDeliveries(
      database.db,
      changes.map((c) => ({ accountId: 1, changeId: c.id, changeKind: c.kind, recordCode: c.subjectCode, flowId: 1, destination: 'CRM', connection: 'crm', eventCode: 'SUMMIT', isTest: false, receivedAt: T0 })),
      T0,
    );
  });
  afterAll(() => database.close());

  it("are the registration's and its session registrations', never a longer code's, another's with a look-alike code, or an event's", async () => {
    const found = await listDeliveries(database.db, 1, { registrationCode: 'R_1' }, new Date(T0));
    expect(found.map((d) => [d.eventType, d.sourceRecord])).toEqual([
      ['registration.created', 'R_1'],
      ['session_registration.status_changed', 'R_1/KEYNOTE'],
    ]);
  });
});
