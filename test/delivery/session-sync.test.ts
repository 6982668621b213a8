import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Reply } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { CODE_MAPPING } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';
import { prune } from '../../src/store/retention.js';

const RELATED = 'Touchpoint: Related Link';
const HANDOUT = 'Touchpoint: Handout';

/** Touchpoint's related link: the first link of the session field carrying `tag`, as title and URL. */
const relatedLinkMapping = (tag: string) => {
  const byTag = [{ kind: 'source', source: `sessionFieldByTag.${tag}` }];
  return {
    fields: [
      { name: 'session', type: 'string', value: [{ kind: 'source', source: 'session.code' }] },
      {
        name: 'relatedLink',
        type: 'object',
        fields: [
          { name: 'title', type: 'string', value: byTag, transforms: ['first_link_title'] },
          { name: 'url', type: 'string', value: byTag, transforms: ['first_link_url'] },
        ],
      },
    ],
  };
};

describeEachStore('session sync to Touchpoint', (store) => {
  const p = usePipeline(store);
  const touchpoint = new Sink(() => ({ status: 200, body: '{}' }));
  const ok = async (r: Promise<Reply>) => {
    const reply = await r;
    if (reply.status >= 300) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  };
  const at = (path: string) => touchpoint.received.filter((r) => r.url === `/${path}`).map((r) => JSON.parse(r.body));
  /** Waits until every delivery to `connection` has finished, and there are `count` of them. */
  const delivered = (connection: string, count: number) =>
    eventually(async () => {
      const { deliveries } = (await p.acme.get(`/v1/deliveries?connection=${connection}`)).body;
      return deliveries.length === count && deliveries.every((d: { status: string }) => d.status === 'delivered') && deliveries;
    });
  const sessionFlow = (event: string, path: string, mapping: string) =>
    ok(
      p.acme.put(`/v1/flows/${path}`, {
        mode: 'live',
        source: 'session_create_update',
        activateFor: { eventStatusTags: ['Touchpoint: Live'] },
        filters: [{ field: 'event.code', operator: 'equals', value: event }],
        destinations: [{ name: 'Touchpoint', connection: path, payloadMapping: mapping }],
      }),
    );

  beforeAll(async () => {
    await touchpoint.start();
    for (const [tag, objects] of [[RELATED, ['session_custom_fields', 'event_custom_fields']], [HANDOUT, ['session_custom_fields']], ['Touchpoint: Live', ['event_statuses']], ['Touchpoint: Synced', ['registration_statuses']], ['Pending', ['registration_statuses']]] as const) {
      await ok(p.acme.put(`/v1/tags/${encodeURIComponent(tag)}`, { objects }));
    }
    await ok(p.acme.put('/v1/event-statuses/open', { tags: ['Touchpoint: Live'] }));
    // Defined before the tagged field, and holding a link too: the first TAGGED field is the one read.
    await ok(p.acme.put('/v1/session-custom-fields/notes', { name: 'Notes', attributes: { type: 'text' } }));
    await ok(p.acme.put('/v1/session-custom-fields/links', { name: 'Links', tags: [RELATED], attributes: { type: 'text' } }));
    await ok(p.acme.put('/v1/session-custom-fields/handouts', { name: 'Handouts', attributes: { type: 'text' } }));
    for (const path of ['related', 'handouts', 'registrants']) await ok(p.acme.put(`/v1/connections/${path}`, { url: `${touchpoint.url}/${path}`, auth: { type: 'none' } }));
    await ok(p.acme.put(`/v1/mappings/Related`, relatedLinkMapping(RELATED)));
    await ok(p.acme.put(`/v1/mappings/Handout`, relatedLinkMapping(HANDOUT)));
    await ok(p.acme.put('/v1/mappings/Code', CODE_MAPPING));
    for (const event of ['TP', 'TP2']) await ok(p.acme.put(`/v1/events/${event}`, { name: event, status: 'open' }));
  });
  afterAll(() => touchpoint.stop());

  it("sends exactly the first link of the session's tagged field as the related link's title and URL, and nothing of untagged fields", async () => {
    await sessionFlow('TP', 'related', 'Related');
    const put = await p.acme.put('/v1/events/TP/sessions/KEYNOTE', {
      name: 'Opening Keynote',
      startsAt: '2026-12-01T09:00:00+01:00',
      location: 'Hall A',
      customFields: {
        notes: '<a href="https://notes.example/private">Speaker notes</a>',
        links: '<p>See <a href="https://summit.example/agenda?day=1&amp;track=main">the <b>Agenda</b></a> and <a href="https://summit.example/more">more</a></p>',
      },
    });
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({ code: 'KEYNOTE', eventCode: 'TP', startsAt: '2026-12-01T08:00:00.000Z', location: 'Hall A' });
    await delivered('related', 1);
    expect(at('related')).toEqual([{ session: 'KEYNOTE', relatedLink: { title: 'the Agenda', url: 'https://summit.example/agenda?day=1&track=main' } }]);

    expect((await p.acme.put('/v1/events/TP/sessions/KEYNOTE', { location: 'Hall A' })).status).toBe(200);
    expect((await p.acme.get('/v1/changes?kind=session.updated')).body.changes).toHaveLength(0);
    await ok(p.acme.put('/v1/events/TP/sessions/KEYNOTE', { customFields: { links: 'Slides: https://slides.example/keynote' } }));
    await delivered('related', 2);
    expect(at('related')[1]).toEqual({ session: 'KEYNOTE', relatedLink: { title: 'https://slides.example/keynote', url: 'https://slides.example/keynote' } });
    expect((await p.acme.get('/v1/changes?kind=session.updated')).body.changes.map((c: { subjectCode: string }) => c.subjectCode)).toEqual(['TP/KEYNOTE']);
  });

  it('resyncs every session of the event once when the tag is added after the sync began (the mass action), with progress', async () => {
    await sessionFlow('TP2', 'handouts', 'Handout');
    for (const [code, link] of [['S-1', 'https://files.example/1.pdf'], ['S-2', 'https://files.example/2.pdf'], ['S-3', 'https://files.example/3.pdf']]) {
      await ok(p.acme.put(`/v1/events/TP2/sessions/${code}`, { name: code, customFields: { handouts: `<a href="${link}">Handout ${code}</a>` } }));
    }
    await ok(p.acme.put('/v1/events/TP2/sessions/S-1', { name: 'Session one' }));
    await delivered('handouts', 4);
    // No field carries the tag yet: the sessions went out without a related link.
    expect(at('handouts').every((b) => !('relatedLink' in b))).toBe(true);

    expect((await p.acme.put('/v1/session-custom-fields/handouts', { tags: [HANDOUT] })).status).toBe(200);
    const started = await p.acme.post('/v1/flows/handouts/replays', { eventCode: 'TP2', subjects: 'sessions' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ flow: 'handouts', eventCode: 'TP2', subjects: 'sessions', total: 3 });
    const done = await eventually(async () => {
      const r = (await p.acme.get(`/v1/replays/${started.body.id}`)).body;
      return r.status === 'done' && r;
    });
    expect(done).toMatchObject({ processed: 3, triggered: 3 });
    await delivered('handouts', 7);
    expect(at('handouts').slice(4).sort((a, b) => a.session.localeCompare(b.session))).toEqual(
      ['S-1', 'S-2', 'S-3'].map((s) => ({ session: s, relatedLink: { title: `Handout ${s}`, url: `https://files.example/${s.slice(2)}.pdf` } })),
    );
    expect(at('related')).toHaveLength(2);
  });

  it("syncs registrants whose status is tagged 'Touchpoint: Synced', and no others", async () => {
    await ok(p.acme.put('/v1/registration-statuses/registered', { tags: ['Touchpoint: Synced'] }));
    await ok(p.acme.put('/v1/registration-statuses/invited', { tags: ['Pending'] }));
    await ok(
      p.acme.put('/v1/flows/registrants', {
        mode: 'live',
        source: 'registration_status_change',
        activateFor: { registrationStatusTags: ['Touchpoint: Synced'] },
        destinations: [{ name: 'Touchpoint', connection: 'registrants', payloadMapping: 'Code' }],
      }),
    );
    const register = (code: string, status: string) =>
      ok(p.acme.put(`/v1/registrations/${code}`, { eventCode: 'TP', status, profile: { code: `P-${code}`, firstName: 'Ann', lastName: code, email: `${code}@example.com` } }));
    await register('TR-1', 'registered');
    await register('TR-2', 'invited');
    await register('TR-3', 'registered');
    await eventually(async () => (await p.acme.get('/v1/flow-outcomes?flow=registrants&limit=100')).body.outcomes.length === 3);
    await delivered('registrants', 2);
    expect(at('registrants').map((b) => b.registration).sort()).toEqual(['TR-1', 'TR-3']);
    await register('TR-2', 'registered');
    await delivered('registrants', 3);
    expect(at('registrants').map((b) => b.registration)).toContain('TR-2');
  });

  it('offers the sources by tag in the mapping editor, for every tag set up for custom fields', async () => {
    const ids = (await p.acme.get('/v1/mapping-sources')).body.sources.filter((s: { group: string }) => s.group === 'Custom Fields by Tag').map((s: { id: string }) => s.id);
    expect(ids).toEqual([`eventFieldByTag.${RELATED}`, `sessionFieldByTag.${HANDOUT}`, `sessionFieldByTag.${RELATED}`]);
    const misspelt = await p.acme.put('/v1/mappings/Broken', { fields: [{ name: 'x', type: 'string', value: [{ kind: 'source', source: `sessionFieldBy.${RELATED}` }] }] });
    expect(misspelt.status).toBe(422);
    expect(JSON.stringify(misspelt.body)).toContain(`unknown source 'sessionFieldBy.${RELATED}'`);
  });

  it('refuses bad input naming the field, and keeps session registrations pointing at sessions', async () => {
    const unknownField = await p.acme.put('/v1/events/TP/sessions/PANEL', { customFields: { nope: 'x' } });
    expect(unknownField).toMatchObject({ status: 422, body: { field: 'customFields/nope', message: "customFields/nope: custom field 'nope' does not exist" } });
    const badTime = await p.acme.put('/v1/events/TP/sessions/PANEL', { startsAt: 'tomorrow' });
    expect(badTime.status).toBe(400);
    expect(badTime.body.message).toContain('startsAt');
    expect((await p.acme.get('/v1/events/TP/sessions/PANEL')).status).toBe(404);
    expect((await p.acme.put('/v1/events/NOPE/sessions/PANEL', { name: 'Panel' })).status).toBe(404);
    const badTag = await p.acme.put('/v1/session-custom-fields/notes', { tags: ['Touchpoint: Live'] });
    expect(badTag).toMatchObject({ status: 422, body: { field: 'tags/0' } });
    expect(badTag.body.message).toContain("tag 'Touchpoint: Live' cannot be applied to session custom field 'notes'");
    const unknownTag = await p.acme.put('/v1/session-custom-fields/notes', { tags: ['Nope'] });
    expect(unknownTag).toMatchObject({ status: 422, body: { field: 'tags/0', message: "tags/0: tag 'Nope' does not exist" } });
    const notSessions = await p.acme.post('/v1/flows/registrants/replays', { eventCode: 'TP', subjects: 'sessions' });
    expect(notSessions).toMatchObject({ status: 422, body: { field: 'subjects' } });
    expect((await p.acme.post('/v1/flows/handouts/replays', { subjects: 'sessions' })).body.field).toBe('eventCode');
    expect((await p.acme.post('/v1/flows/handouts/replays', { subjects: 'sessions', eventCode: 'NOPE' })).status).toBe(404);

    expect((await p.acme.put('/v1/registrations/TR-1/sessions/KEYNOTE', { status: 'registered' })).status).toBe(201);
    expect((await p.acme.put('/v1/registrations/TR-1/sessions/PANEL', { status: 'registered' })).body.field).toBe('sessionCode');
    expect((await p.acme.get('/v1/events/TP/sessions')).body.sessions.map((s: { code: string }) => s.code)).toEqual(['KEYNOTE']);
    expect((await p.rival.get('/v1/events/TP/sessions/KEYNOTE')).status).toBe(404);
  });

  it("keeps each session's latest change through retention, so the mass action still reaches every session months later", async () => {
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    const pruned = await prune(p.database.db, { payloadRetentionDays: 7, historyRetentionDays: 30 }, later);
    expect(pruned.changesDeleted).toBeGreaterThan(0);
    const left = (await p.acme.get('/v1/changes?kind=session.updated&limit=100')).body.changes.map((c: { subjectCode: string }) => c.subjectCode);
    expect(left).toEqual(['TP/KEYNOTE', 'TP2/S-1']);
    const before = at('handouts').length;
    const started = await p.acme.post('/v1/flows/handouts/replays', { eventCode: 'TP2', subjects: 'sessions', force: true });
    expect(started.body.total).toBe(3);
    await touchpoint.until((got) => got.filter((r) => r.url === '/handouts').length === before + 3);
    expect(at('handouts').slice(before).map((b) => b.session).sort()).toEqual(['S-1', 'S-2', 'S-3']);
  });
});
