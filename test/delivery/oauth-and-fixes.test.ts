import { afterAll, beforeAll, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { retryNextDue, usePipeline } from '../support/pipeline.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('delivery with OAuth2, and retries after a fix', (store) => {
  /** The real retry schedule, on a clock the tests move on to each retry. */
  const clock = new TestClock();
  const p = usePipeline(store, 1, undefined, clock);
  let issued = 0;
  let revoked = new Set<string>();
  // One loopback server plays both parts: the token endpoint and the API that wants its tokens.
  const target = new Sink((req) => {
    if (req.url === '/token') {
      const form = new URLSearchParams(req.body);
      if (form.get('client_secret') !== 'shh') return { status: 401, body: '{"error":"invalid_client"}' };
      return { status: 200, body: JSON.stringify({ access_token: `tok-${++issued}`, expires_in: 3600 }) };
    }
    const token = String(req.headers.authorization ?? '').replace('Bearer ', '');
    if (!token.startsWith('tok-') || revoked.has(token)) return { status: 401, body: 'token expired' };
    return { status: 200, body: '{"id":"lead-1"}' };
  });
  const settled = (code: string) =>
    eventually(async () => {
      await retryNextDue(p, clock);
      const { changes } = (await p.acme.get(`/v1/changes?subjectCode=${code}`)).body;
      const ds = (await Promise.all(changes.map((c: any) => p.acme.get(`/v1/deliveries?changeId=${c.id}`)))).flatMap((r) => r.body.deliveries);
      return ds.length > 0 && ds.every((d: any) => d.status === 'delivered' || d.status === 'failed') && ds;
    });

  beforeAll(async () => {
    await target.start();
    await seedSummit(p.acme);
    await setUpStatusFlow(p.acme, `${target.url}/leads`);
    await p.acme.put('/v1/connections/sink', {
      url: `${target.url}/leads`,
      auth: { type: 'oauth2', grantType: 'client_credentials', clientId: 'hookflow', clientSecret: 'shh', accessTokenUrl: `${target.url}/token`, testConnectionUrl: `${target.url}/leads` },
    });
  });
  afterAll(() => target.stop());

  it('fetches a client-credentials token once, reuses it, and refreshes it once on a 401', async () => {
    for (const code of ['O-1', 'O-2']) {
      await p.acme.put(`/v1/registrations/${code}`, joe(code, { status: 'registered' }));
      await settled(code);
    }
    expect(issued).toBe(1);
    expect(target.received.filter((r) => r.url === '/leads').map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1']);
    revoked = new Set(['tok-1']);
    await p.acme.put('/v1/registrations/O-3', joe('O-3', { status: 'registered' }));
    const [d] = await settled('O-3');
    expect(d).toMatchObject({ status: 'delivered', attempts: 1, targetRecordId: 'lead-1' });
    expect(issued).toBe(2);
    const { attempts } = (await p.acme.get(`/v1/deliveries/${d.id}`)).body;
    expect(JSON.stringify(attempts)).not.toMatch(/tok-\d|shh/);
  });

  it('files a refused token request under config, and succeeds once the secret is corrected', async () => {
    await p.acme.put('/v1/connections/sink', { auth: { type: 'oauth2', grantType: 'client_credentials', clientId: 'hookflow', clientSecret: 'wrong', accessTokenUrl: `${target.url}/token`, testConnectionUrl: `${target.url}/leads` } });
    revoked = new Set(['tok-1', 'tok-2']);
    await p.acme.put('/v1/registrations/O-4', joe('O-4', { status: 'registered' }));
    const [failing] = await eventually(async () => {
      const { deliveries } = (await p.acme.get('/v1/deliveries?category=config')).body;
      return deliveries.length > 0 && deliveries;
    });
    expect(failing.failureMessage).toMatch(/^OAuth2: the token endpoint .* answered 401/);
    await p.acme.put('/v1/connections/sink', { auth: { type: 'oauth2', grantType: 'client_credentials', clientId: 'hookflow', clientSecret: 'shh', accessTokenUrl: `${target.url}/token`, testConnectionUrl: `${target.url}/leads` } });
    await p.acme.post(`/v1/deliveries/${failing.id}/resubmit`);
    const [done] = await settled('O-4');
    expect(done.status).toBe('delivered');
  });

  it('fails a retry of a status no longer tagged under config, and delivers once it is tagged again', async () => {
    let down = true;
    target.behaviour = (req) => (req.url === '/token' ? { status: 200, body: '{"access_token":"tok-x"}' } : down ? { status: 503 } : { status: 200, body: '{}' });
    await p.acme.put('/v1/registrations/O-5', joe('O-5', { status: 'registered' }));
    await eventually(async () => (await p.acme.get('/v1/deliveries?status=retrying')).body.deliveries.length > 0);
    await p.acme.put('/v1/registration-statuses/registered', { tags: [] });
    down = false;
    const [untagged] = await eventually(async () => {
      await retryNextDue(p, clock);
      const { deliveries } = (await p.acme.get('/v1/deliveries?category=config')).body;
      return deliveries.find((d: any) => /has no tags/.test(d.failureMessage)) && deliveries;
    });
    expect(untagged.failureMessage).toBe("registration status 'registered' has no tags");
    await p.acme.put('/v1/registration-statuses/registered', { tags: ['Registered'] });
    await p.acme.post('/v1/deliveries/resubmit', { category: 'config' });
    const [done] = await settled('O-5');
    expect(done.status).toBe('delivered');
  });
});
