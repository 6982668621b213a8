import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Reply, joe, seedSummit } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { usePipeline } from '../support/pipeline.js';
import { hmacOf, postTo, seconds, standardWebhooksHeaders } from '../support/postbacks.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const WHSEC = `whsec_${Buffer.from('a-standard-webhooks-secret-of-24+').toString('base64')}`;
const MINUTE = 60_000;

describeEachStore('postbacks received at inbound sources', (store) => {
  const clock = new TestClock();
  const p = usePipeline(store, 1, undefined, clock);
  let base = '';
  const ok = async (r: Promise<Reply>) => {
    const reply = await r;
    if (reply.status >= 300) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  };
  /** Creates a source and answers its URL, on the listening server. */
  const source = async (name: string, verification: object, match: object = { by: 'code', path: 'registration' }, more: object = {}) => {
    const { body } = await ok(p.acme.put(`/v1/inbound-sources/${name}`, { verification, match, ...more }));
    return `${base}${new URL(body.url).pathname}`;
  };
  const register = (code: string, email = 'joe@example.com') => ok(p.acme.put(`/v1/registrations/${code}`, joe(code, { profile: { ...joe(code).profile, email } })));
  const postbackOf = async (code: string) => (await p.acme.get(`/v1/registrations/${code}`)).body.postback;
  const logged = async (id: number) => (await ok(p.acme.get(`/v1/postbacks/${id}`))).body;

  beforeAll(async () => {
    await p.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(p.app.server.address() as AddressInfo).port}`;
    await seedSummit(p.acme);
  });

  it('refuses a URL no source has with 404, logging nothing for any account', async () => {
    const before = (await p.acme.get('/v1/postbacks?limit=500')).body.postbacks.length;
    const res = await fetch(`${base}/in/not-a-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(404);
    expect((await p.acme.get('/v1/postbacks?limit=500')).body.postbacks).toHaveLength(before);
  });

  /**
   * Each verification kind: how a sender signs a call (at a time), how it gets it wrong, and
   * whether it carries a timestamp that can be stale.
   */
  const kinds = [
    {
      kind: 'standard_webhooks',
      verification: { type: 'standard_webhooks', secret: WHSEC },
      good: (id: string, body: string, at = clock.now()) => standardWebhooksHeaders(WHSEC, id, at, body),
      bad: (id: string, body: string) => standardWebhooksHeaders(`whsec_${Buffer.from('another-secret-entirely-here!!').toString('base64')}`, id, clock.now(), body),
      missing: (id: string) => ({ 'webhook-id': id, 'webhook-timestamp': seconds(clock.now()) }),
      stale: true,
    },
    {
      kind: 'hmac',
      verification: { type: 'hmac', secret: 'hmac-secret', algorithm: 'sha512', encoding: 'base64', header: 'X-Signature', prefix: 'sha512=', timestampHeader: 'X-Timestamp' },
      good: (_id: string, body: string, at = clock.now()) => ({ 'x-signature': `sha512=${hmacOf('hmac-secret', 'sha512', 'base64', body, seconds(at))}`, 'x-timestamp': seconds(at) }),
      bad: (_id: string, body: string) => ({ 'x-signature': `sha512=${hmacOf('wrong', 'sha512', 'base64', body, seconds(clock.now()))}`, 'x-timestamp': seconds(clock.now()) }),
      missing: () => ({ 'x-timestamp': seconds(clock.now()) }),
      stale: true,
    },
    {
      kind: 'basic',
      verification: { type: 'basic', username: 'publisher', password: 'pa55word', idHeader: 'X-Postback-Id' },
      good: (id: string) => ({ authorization: `Basic ${Buffer.from('publisher:pa55word').toString('base64')}`, 'x-postback-id': id }),
      bad: (id: string) => ({ authorization: `Basic ${Buffer.from('publisher:guess').toString('base64')}`, 'x-postback-id': id }),
      missing: (id: string) => ({ 'x-postback-id': id }),
      stale: false,
    },
    {
      kind: 'api_key',
      verification: { type: 'api_key', header: 'X-Api-Key', key: 'k-0123456789abcdef', idHeader: 'X-Postback-Id' },
      good: (id: string) => ({ 'x-api-key': 'k-0123456789abcdef', 'x-postback-id': id }),
      bad: (id: string) => ({ 'x-api-key': 'k-0123456789abcdeX', 'x-postback-id': id }),
      missing: (id: string) => ({ 'x-postback-id': id }),
      stale: false,
    },
  ];

  for (const k of kinds) {
    describe(`a ${k.kind} source`, () => {
      let url = '';
      const code = `V-${k.kind}`;
      beforeAll(async () => {
        url = await source(`src-${k.kind}`, k.verification);
        await register(code);
      });
      const body = (n: number) => JSON.stringify({ registration: code, lead: { score: n, source: k.kind } });

      it('accepts a well-signed call with 202 and attaches its tags to the registration', async () => {
        const res = await postTo(url, body(1), k.good('id-1', body(1)));
        expect(res).toMatchObject({ status: 202, body: { outcome: 'accepted' } });
        await eventually(async () => (await postbackOf(code))?.['lead.score'] === '1');
        expect(await logged(res.body.id)).toMatchObject({ outcome: 'attached', registrations: [code], tags: { registration: code, 'lead.score': '1', 'lead.source': k.kind } });
      });

      it('refuses a call signed with the wrong secret (401), logged as verification failed, its credentials redacted', async () => {
        const res = await postTo(url, body(2), k.bad('id-2', body(2)));
        expect(res).toMatchObject({ status: 401, body: { outcome: 'rejected', cause: 'verification_failed' } });
        const row = await logged(res.body.id);
        expect(row).toMatchObject({ outcome: 'rejected', cause: 'verification_failed', body: body(2), tags: null });
        expect(JSON.stringify(row.headers)).not.toMatch(/pa55word|cHVibGlzaGVyOmd1ZXNz|k-0123456789abcde|sha512=|v1,/);
        expect(await postbackOf(code)).toMatchObject({ 'lead.score': '1' });
      });

      it('refuses a call without its credentials (401)', async () => {
        const res = await postTo(url, body(3), k.missing('id-3'));
        expect(res).toMatchObject({ status: 401, body: { cause: 'verification_failed' } });
        expect((await logged(res.body.id)).detail).toMatch(/^no /);
      });

      if (k.stale) {
        it('refuses a call signed more than five minutes ago as stale', async () => {
          const res = await postTo(url, body(4), k.good('id-4', body(4), new Date(clock.now().getTime() - 6 * MINUTE)));
          expect(res).toMatchObject({ status: 401, body: { cause: 'verification_failed' } });
          expect((await logged(res.body.id)).detail).toMatch(/stale/);
        });
      }

      it('answers a replayed call 200 as a duplicate, logged, and does not process it twice', async () => {
        const headers = k.good('id-5', body(5));
        const first = await postTo(url, body(5), headers);
        expect(first.status).toBe(202);
        await eventually(async () => (await logged(first.body.id)).outcome === 'attached');
        const changesBefore = (await p.acme.get(`/v1/changes?limit=1000`)).body.changes.length;
        const again = await postTo(url, body(5), headers);
        expect(again).toMatchObject({ status: 200, body: { outcome: 'rejected', cause: 'duplicate', duplicateOf: first.body.id } });
        expect(await logged(again.body.id)).toMatchObject({ outcome: 'rejected', cause: 'duplicate' });
        await p.workers.postbackRunner.tick();
        expect((await p.acme.get(`/v1/changes?limit=1000`)).body.changes.length).toBe(changesBefore);
      });
    });
  }

  describe('an open source, matched by code or by email', () => {
    let url = '';
    let byEmail = '';
    const target = new Sink();
    beforeAll(async () => {
      await target.start();
      url = await source('open', { type: 'none' }, { by: 'code', path: 'registration' }, { holdSeconds: 600 });
      byEmail = await source('open-email', { type: 'none' }, { by: 'email', path: 'lead.email' });
    });

    it('flattens a JSON body into tags: nested keys joined with dots, arrays indexed, values as text', async () => {
      await register('J-1');
      const res = await postTo(url, JSON.stringify({ registration: 'J-1', lead: { score: 7, hot: true, note: null }, items: [{ sku: 'A1' }, { sku: 'B2', qty: 2 }] }), {});
      expect(res.status).toBe(202);
      await eventually(async () => (await logged(res.body.id)).outcome === 'attached');
      expect(await postbackOf('J-1')).toEqual({ registration: 'J-1', 'lead.score': '7', 'lead.hot': 'true', 'lead.note': '', 'items.0.sku': 'A1', 'items.1.sku': 'B2', 'items.1.qty': '2' });
    });

    it('reads a form body into tags, a repeated key indexed', async () => {
      await register('F-1');
      const res = await postTo(url, 'registration=F-1&utm_source=partner&interest=golf&interest=wine', {}, 'application/x-www-form-urlencoded');
      expect(res.status).toBe(202);
      await eventually(async () => (await logged(res.body.id)).outcome === 'attached');
      expect(await postbackOf('F-1')).toEqual({ registration: 'F-1', utm_source: 'partner', 'interest.0': 'golf', 'interest.1': 'wine' });
    });

    it('refuses a body that is neither JSON nor a form (400) and one over the body limit (413), logging both', async () => {
      const garbled = await postTo(url, '{"registration": ', {});
      expect(garbled).toMatchObject({ status: 400, body: { cause: 'unparsable' } });
      expect(await logged(garbled.body.id)).toMatchObject({ outcome: 'rejected', cause: 'unparsable', body: '{"registration": ' });
      const huge = await postTo(url, JSON.stringify({ registration: 'J-1', pad: 'x'.repeat(1024 * 1024) }), {});
      expect(huge).toMatchObject({ status: 413, body: { cause: 'too_large' } });
      expect(await logged(huge.body.id)).toMatchObject({ outcome: 'rejected', cause: 'too_large', body: '' });
    });

    it('holds a postback whose registration does not exist yet, and attaches it once the registration is created', async () => {
      const res = await postTo(url, JSON.stringify({ registration: 'H-1', campaign: 'spring' }), {});
      await eventually(async () => (await logged(res.body.id)).outcome === 'held');
      expect((await logged(res.body.id)).holdUntil).toBe(new Date(clock.now().getTime() + 10 * MINUTE).toISOString());
      await register('H-1');
      await eventually(async () => (await logged(res.body.id)).outcome === 'attached');
      expect(await postbackOf('H-1')).toEqual({ registration: 'H-1', campaign: 'spring' });
    });

    it('expires a held postback once its hold time passes without its registration, and processes it again on request', async () => {
      const res = await postTo(url, JSON.stringify({ registration: 'E-1', campaign: 'late' }), {});
      await eventually(async () => (await logged(res.body.id)).outcome === 'held');
      clock.advance(9 * MINUTE);
      await p.workers.postbackRunner.tick();
      expect((await logged(res.body.id)).outcome).toBe('held');
      clock.advance(2 * MINUTE);
      await p.workers.postbackRunner.tick();
      expect(await logged(res.body.id)).toMatchObject({ outcome: 'expired', detail: expect.stringMatching(/hold time/) });
      await register('E-1');
      await ok(p.acme.post(`/v1/postbacks/${res.body.id}/reprocess`));
      await eventually(async () => (await logged(res.body.id)).outcome === 'attached');
      expect(await postbackOf('E-1')).toMatchObject({ campaign: 'late' });
    });

    it("attaches a postback matched by email to every registration of the account's people with that email", async () => {
      await register('M-1', 'Ann@Example.com');
      await ok(p.acme.put('/v1/registrations/M-2', joe('M-2', { profile: { ...joe('M-2').profile, code: 'P-M-2', email: 'ann@example.com' } })));
      const res = await postTo(byEmail, JSON.stringify({ lead: { email: 'ann@example.com', tier: 'gold' } }), {});
      await eventually(async () => (await logged(res.body.id)).outcome === 'attached');
      expect((await logged(res.body.id)).registrations).toEqual(['M-1', 'M-2']);
      expect(await postbackOf('M-2')).toMatchObject({ 'lead.tier': 'gold' });
    });

    it("feeds a postback's tags to a flow's filter and mapping, delivered to the target", async () => {
      await ok(p.acme.put('/v1/connections/postback-sink', { url: `${target.url}/leads`, auth: { type: 'none' }, timeoutMs: 5000 }));
      await ok(
        p.acme.put('/v1/mappings/Lead', {
          fields: [
            { name: 'registration', type: 'string', value: [{ kind: 'source', source: 'registration.code' }] },
            { name: 'score', type: 'string', value: [{ kind: 'source', source: 'postback.lead.score' }] },
          ],
        }),
      );
      await ok(
        p.acme.put('/v1/flows/Partner leads', {
          mode: 'live',
          source: 'registration_create_update',
          activateFor: { registrationStatusTags: ['Registered'] },
          filters: [{ field: 'postback.utm_source', operator: 'equals', value: 'partner' }],
          destinations: [{ name: 'CRM', connection: 'postback-sink', payloadMapping: 'Lead' }],
        }),
      );
      // Registered before any postback: the flow filters them out until one says where they came from.
      for (const code of ['W-1', 'W-2']) await ok(p.acme.put(`/v1/registrations/${code}`, joe(code, { status: 'registered' })));
      await postTo(url, JSON.stringify({ registration: 'W-1', utm_source: 'partner', lead: { score: 88 } }), {});
      await postTo(url, JSON.stringify({ registration: 'W-2', utm_source: 'search', lead: { score: 12 } }), {});
      await target.until(() => target.received.some((r) => JSON.parse(r.body).registration === 'W-1'));
      await eventually(async () => (await p.acme.get('/v1/postbacks?registration=W-2')).body.postbacks[0]?.outcome === 'attached');
      const attached = (await p.acme.get('/v1/changes?subjectCode=W-2&limit=1000')).body.changes.at(-1);
      expect(attached.after.postback).toMatchObject({ utm_source: 'search' });
      const outcome = await eventually(async () => (await p.acme.get('/v1/flow-outcomes?limit=1000')).body.outcomes.find((o: any) => o.changeId === attached.id && o.flow === 'Partner leads'));
      expect(outcome).toMatchObject({ triggered: false, reason: 'filtered_out' });
      expect(target.received.map((r) => JSON.parse(r.body))).toEqual([{ registration: 'W-1', score: '88' }]);
    });
  });

  describe('the postback log', () => {
    let url = '';
    const hub = (secret: string, body: string) => ({ 'x-hub-signature-256': `sha256=${hmacOf(secret, 'sha256', 'hex', body)}` });
    const verification = (secret: string) => ({ type: 'hmac', secret, algorithm: 'sha256', encoding: 'hex', header: 'X-Hub-Signature-256', prefix: 'sha256=' });
    const ids: Record<string, number> = {};
    const list = async (query: string) => (await ok(p.acme.get(`/v1/postbacks?${query}`))).body;

    beforeAll(async () => {
      url = await source('log-hub', verification('old-secret'));
      await register('L-1');
      const send = async (name: string, body: string, secret = 'old-secret') => (ids[name] = (await postTo(url, body, hub(secret, body))).body.id);
      await send('first', JSON.stringify({ registration: 'L-1', note: 'a Needle in the body' }));
      clock.advance(MINUTE);
      await send('wrongSecret', JSON.stringify({ registration: 'L-1', note: 'sent with the new secret' }), 'new-secret');
      clock.advance(MINUTE);
      await send('garbled', 'registration=L-1&oops', 'old-secret');
      await eventually(async () => (await logged(ids.first as number)).outcome === 'attached');
    });

    it('filters by source, outcome and cause, registration, time and text in the body, newest first', async () => {
      expect((await list('source=log-hub')).postbacks.map((x: any) => x.id)).toEqual([ids.garbled, ids.wrongSecret, ids.first]);
      expect((await list('source=log-hub&outcome=rejected&cause=verification_failed')).postbacks.map((x: any) => x.id)).toEqual([ids.wrongSecret]);
      expect((await list('source=log-hub&registration=L-1&outcome=attached')).postbacks.map((x: any) => x.id)).toEqual([ids.first]);
      expect((await list('source=log-hub&search=needle')).postbacks.map((x: any) => x.id)).toEqual([ids.first]);
      const first = await logged(ids.first as number);
      const to = new Date(Date.parse(first.receivedAt) + 1).toISOString();
      expect((await list(`source=log-hub&from=${encodeURIComponent(first.receivedAt)}&to=${encodeURIComponent(to)}`)).postbacks.map((x: any) => x.id)).toEqual([ids.first]);
    });

    it('pages with a cursor', async () => {
      const page1 = await list('source=log-hub&limit=2');
      expect(page1.postbacks.map((x: any) => x.id)).toEqual([ids.garbled, ids.wrongSecret]);
      const page2 = await list(`source=log-hub&limit=2&cursor=${page1.nextCursor}`);
      expect(page2).toEqual({ postbacks: [expect.objectContaining({ id: ids.first })], nextCursor: null });
    });

    it("keeps one account's postbacks from another", async () => {
      expect((await p.rival.get(`/v1/postbacks/${ids.first}`)).status).toBe(404);
      expect((await p.rival.get('/v1/postbacks?source=log-hub')).body.postbacks).toEqual([]);
    });

    it("processes a postback refused for its signature again once the source's secret is fixed, as of when it arrived", async () => {
      expect((await p.acme.post(`/v1/postbacks/${ids.wrongSecret}/reprocess`)).body).toMatchObject({ outcome: 'rejected', cause: 'verification_failed' });
      await ok(p.acme.put('/v1/inbound-sources/log-hub', { verification: verification('new-secret'), match: { by: 'code', path: 'registration' } }));
      // Minutes after the call: it is judged as of its arrival, so a signed timestamp would not be stale either.
      clock.advance(10 * MINUTE);
      expect((await ok(p.acme.post(`/v1/postbacks/${ids.wrongSecret}/reprocess`))).body).toMatchObject({ outcome: 'accepted' });
      await eventually(async () => (await logged(ids.wrongSecret as number)).outcome === 'attached');
      expect(await postbackOf('L-1')).toMatchObject({ note: 'sent with the new secret' });
    });

    it('refuses to process again a postback already attached, or one whose body cannot be read (409)', async () => {
      expect(await p.acme.post(`/v1/postbacks/${ids.first}/reprocess`)).toMatchObject({ status: 409, body: { error: 'HF_CONFLICT', message: expect.stringMatching(/is attached/) } });
      expect(await p.acme.post(`/v1/postbacks/${ids.garbled}/reprocess`)).toMatchObject({ status: 409, body: { message: expect.stringMatching(/rejected as unparsable/) } });
    });

    it("shows a source's URL and verification but never its secret", async () => {
      const { body } = await ok(p.acme.get('/v1/inbound-sources/log-hub'));
      expect(body).toMatchObject({ url: expect.stringMatching(/\/in\/[A-Za-z0-9_-]{43}$/), verification: { type: 'hmac', header: 'X-Hub-Signature-256' }, holdSeconds: 86400 });
      expect(JSON.stringify(body)).not.toContain('secret"');
      const put = await p.acme.put('/v1/inbound-sources/bad', { verification: { type: 'basic' }, match: { by: 'code', path: 'x' } });
      expect(put).toMatchObject({ status: 400, body: { message: expect.stringContaining('username') } });
    });
  });
});
