import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { SseClient } from '../support/sse.js';
import { describeEachStore } from '../support/stores.js';

type Shown = Record<string, unknown> & { id: string; deliveryId: number; status: string };

describeEachStore('the live tail', (store) => {
  const p = usePipeline(store);
  const sink = new Sink(() => ({ status: 200, body: '{}' }));
  let base = '';
  const open: SseClient[] = [];
  const tail = async (c: Client, query = '', lastEventId?: string) => {
    const client = await SseClient.open(`${base}/v1/deliveries/tail${query}`, c.key, lastEventId);
    open.push(client);
    // The stream tells where it starts before anything else.
    await client.until((s) => s.lastEventId !== '');
    return client;
  };
  const register = (c: Client, code: string) => c.put(`/v1/registrations/${code}`, { eventCode: 'SUMMIT', status: 'registered', profile: { code: `P-${code}` } });
  /** A registration's two deliveries (one per flow), once both are delivered. */
  const deliveredFor = async (code: string) => {
    const [change] = (await p.acme.get(`/v1/changes?subjectCode=${code}&limit=1`)).body.changes;
    return eventually<{ id: number }[]>(async () => {
      const { deliveries } = (await p.acme.get(`/v1/deliveries?changeId=${change.id}`)).body;
      return deliveries.length === 2 && deliveries.every((d: { status: string }) => d.status === 'delivered') && deliveries;
    });
  };
  const of = (events: Shown[], ids: number[]) => events.filter((e) => ids.includes(e.deliveryId));

  beforeAll(async () => {
    await sink.start();
    await setUpStatusFlow(p.acme, sink.url);
    const flow = (await p.acme.get('/v1/flows/Registered')).body;
    await p.acme.put('/v1/flows/Other', { mode: flow.mode, source: flow.source, activateFor: flow.activateFor, destinations: flow.destinations });
    await p.app.listen({ port: 0, host: '127.0.0.1' });
    const address = p.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await sink.stop();
  });

  it("streams a delivery's Received, then Delivered when it reached the sink; a filter leaves out the other flow's", async () => {
    const only = await tail(p.acme, '?flow=Registered');
    const all = await tail(p.acme);
    expect([only.status, only.contentType]).toEqual([200, 'text/event-stream; charset=utf-8']);
    await register(p.acme, 'T-1');
    const ids = (await deliveredFor('T-1')).map((d) => d.id);
    await all.until((s) => of(s.deliveries as Shown[], ids).length === 4);
    await only.until((s) => s.deliveries.length === 2);
    const [received, delivered] = only.deliveries as Shown[];
    expect(received).toMatchObject({ status: 'received', attempt: null, category: null, message: null, abandoned: false, flow: 'Registered', connection: 'sink' });
    expect(delivered).toMatchObject({ deliveryId: received!.deliveryId, status: 'delivered', attempt: 1, flow: 'Registered', changeId: received!.changeId });
    expect(Date.parse(delivered!.at as string)).toBeGreaterThanOrEqual(Date.parse(received!.at as string));
    expect(received!.id).not.toBe(delivered!.id);
    // The other flow's delivery of the same change, only in the stream without a filter.
    const other = of(all.deliveries as Shown[], ids).filter((e) => e.flow === 'Other');
    expect(other.map((e) => e.status)).toEqual(['received', 'delivered']);
    expect(sink.received.filter((r) => JSON.parse(r.body).registration === 'T-1')).toHaveLength(2);
  });

  it('resumes after Last-Event-ID (or lastEventId) with exactly the changes it missed, none twice', async () => {
    const first = await tail(p.acme);
    await register(p.acme, 'T-2');
    const seen = (await deliveredFor('T-2')).map((d) => d.id);
    await first.until((s) => of(s.deliveries as Shown[], seen).length === 4);
    const before = first.deliveries as Shown[];
    const resumeAfter = of(before, seen)[1]!.id;
    const rest = before.slice(before.findIndex((e) => e.id === resumeAfter) + 1);
    await first.close();

    // What happens while nobody listens.
    await register(p.acme, 'T-3');
    const missed = (await deliveredFor('T-3')).map((d) => d.id);

    const resumed = await tail(p.acme, '', resumeAfter);
    const byQuery = await tail(p.acme, `?lastEventId=${resumeAfter}`);
    for (const client of [resumed, byQuery]) await client.until((s) => of(s.deliveries as Shown[], missed).length === 4);
    const again = resumed.deliveries as Shown[];
    expect(again.slice(0, rest.length)).toEqual(rest);
    expect(of(again.slice(rest.length), missed)).toHaveLength(4);
    expect(again).toHaveLength(rest.length + 4);
    for (const id of missed) expect(again.filter((e) => e.deliveryId === id).map((e) => e.status)).toEqual(['received', 'delivered']);
    expect(new Set(again.map((e) => e.id)).size).toBe(again.length);
    expect(byQuery.deliveries).toEqual(again);
  });

  it("shows another account nothing of this one's, and asks for an API key", async () => {
    const theirs = await tail(p.rival);
    const mine = await tail(p.acme);
    await register(p.acme, 'T-4');
    const ids = (await deliveredFor('T-4')).map((d) => d.id);
    await mine.until((s) => of(s.deliveries as Shown[], ids).length === 4);
    expect(theirs.deliveries).toEqual([]);
    const anonymous = await fetch(`${base}/v1/deliveries/tail`);
    expect([anonymous.status, (await anonymous.json()).error]).toEqual([401, 'HF_UNAUTHORIZED']);
  });

  it('refuses an event id it never gave, naming the header', async () => {
    const res = await fetch(`${base}/v1/deliveries/tail`, { headers: { authorization: `Bearer ${p.acme.key}`, 'last-event-id': 'yesterday' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'HF_BAD_REQUEST', message: "Last-Event-ID: 'yesterday' is not an event id of this stream", field: 'Last-Event-ID' });
    const stuck = await fetch(`${base}/v1/deliveries/tail?stuck=true`, { headers: { authorization: `Bearer ${p.acme.key}` } });
    expect([stuck.status, (await stuck.json()).message]).toEqual([400, 'querystring/stuck is not a known field']);
  });

  it('stops reading once the client goes', async () => {
    const before = new Set(p.app.liveTails);
    const client = await tail(p.acme);
    const [mine] = [...p.app.liveTails].filter((t) => !before.has(t));
    expect(mine?.isStopped).toBe(false);
    await client.close();
    await eventually(async () => !p.app.liveTails.has(mine!) && mine!.isStopped);
  });
});
