import { expect, it } from 'vitest';
import { joe, seedSummit, useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('change log', (store) => {
  const api = useApi(store);
  let cursor = 0;
  /** The changes written since the last call. */
  const newChanges = async () => {
    const { changes } = (await api.acme.get(`/v1/changes?after=${cursor}&limit=1000`)).body;
    cursor = changes.at(-1)?.id ?? cursor;
    return changes;
  };

  it('records event created, then event updated, with before and after snapshots', async () => {
    await seedSummit(api.acme);
    const seeded = await newChanges();
    // The Summit's Keynote session is a record of its own.
    expect(seeded.map((c: any) => c.kind)).toEqual(['event.created', 'session.created']);
    expect(seeded[0]).toMatchObject({ subjectCode: 'SUMMIT', eventCode: 'SUMMIT', before: null, isTest: false, after: { name: 'Summit 2026', tags: ['Roadshow'] } });
    await api.acme.put('/v1/events/SUMMIT', { location: 'Lisbon' });
    const [updated] = await newChanges();
    expect(updated).toMatchObject({ kind: 'event.updated', before: { location: null }, after: { location: 'Lisbon' } });
    expect(Date.parse(updated.createdAt)).toBeGreaterThan(0);
    expect(seeded[1]).toMatchObject({ subjectCode: 'SUMMIT/KEYNOTE', eventCode: 'SUMMIT', before: null, after: { code: 'KEYNOTE', eventCode: 'SUMMIT', name: 'Keynote' } });
  });

  it('records a registration created, updated and status changed, each once', async () => {
    await api.acme.put('/v1/registrations/R-1', joe('R-1'));
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { answers: { diet: 'None' } }));
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'registered' }));
    const changes = await newChanges();
    expect(changes.map((c: any) => c.kind)).toEqual(['registration.created', 'registration.updated', 'registration.status_changed']);
    expect(changes[2].before.status).toBe('new');
    expect(changes[2].after).toMatchObject({ status: 'registered', answers: { diet: 'None' }, profile: { firstName: 'Joe' } });
  });

  it('records nothing for a write that changes nothing', async () => {
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'registered' }));
    await api.acme.put('/v1/events/SUMMIT', { location: 'Lisbon' });
    await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'registered' });
    expect((await newChanges()).map((c: any) => c.kind)).toEqual(['session_registration.status_changed']);
    await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'registered' });
    expect(await newChanges()).toEqual([]);
  });

  it('records a session registration status change with both statuses', async () => {
    await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'attended' });
    const [change] = await newChanges();
    expect(change).toMatchObject({ kind: 'session_registration.status_changed', subjectCode: 'R-1/KEYNOTE', before: { status: 'registered' }, after: { status: 'attended' } });
  });

  it('records a profile change made through a registration as a registration update', async () => {
    await api.acme.put('/v1/registrations/R-1', { eventCode: 'SUMMIT', profile: { code: 'P-R-1', position: 'CEO' } });
    const [change] = await newChanges();
    expect(change.kind).toBe('registration.updated');
    expect(change.after.profile.position).toBe('CEO');
  });

  it('records a registration moved to another person: the old profile before, the new one after', async () => {
    await api.acme.put('/v1/registrations/R-1', { eventCode: 'SUMMIT', profile: { code: 'P-ANN', firstName: 'Ann', email: 'ann@example.com' } });
    const [change] = await newChanges();
    expect(change.kind).toBe('registration.updated');
    expect(change.before.profile).toMatchObject({ code: 'P-R-1', firstName: 'Joe', position: 'CEO' });
    expect(change.after.profile).toMatchObject({ code: 'P-ANN', firstName: 'Ann', email: 'ann@example.com' });
    expect((await api.acme.get('/v1/registrations/R-1')).body.profile.firstName).toBe('Ann');
  });

  it('marks test data: a registration marked Test, or any registration of a test event', async () => {
    await api.acme.put('/v1/registrations/R-T', joe('R-T', { isTest: true }));
    await api.acme.put('/v1/events/DRYRUN', { name: 'Dry run', isTest: true });
    await api.acme.put('/v1/registrations/R-D', { ...joe('R-D'), eventCode: 'DRYRUN' });
    await api.acme.put('/v1/registrations/R-L', joe('R-L'));
    const flags = (await newChanges()).map((c: any) => [c.subjectCode, c.isTest]);
    expect(flags).toEqual([['R-T', true], ['DRYRUN', true], ['R-D', true], ['R-L', false]]);
  });

  it('filters the log by kind', async () => {
    const { changes } = (await api.acme.get('/v1/changes?kind=event.updated')).body;
    expect(changes.map((c: any) => c.subjectCode)).toEqual(['SUMMIT']);
  });

  it('writes nothing, not even a change, when a write is refused', async () => {
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'nope' }));
    expect(await newChanges()).toEqual([]);
  });

  it('records nothing when an event status or a session registration status is sent again unchanged', async () => {
    await api.acme.put('/v1/events/QUIET', { name: 'Quiet', status: 'open' });
    await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'waitlisted' });
    expect((await newChanges()).map((c: any) => c.kind)).toEqual(['event.created', 'session_registration.status_changed']);
    await api.acme.put('/v1/events/QUIET', { status: 'open' });
    await api.acme.put('/v1/events/QUIET', { name: 'Quiet', status: 'open' });
    await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'waitlisted' });
    expect(await newChanges()).toEqual([]);
  });
});
