import { type Client, type Reply, clientOver } from './api.js';

/** The same client as `client()`, over real HTTP to a Hookflow process. */
export function remote(baseUrl: string, key: string): Client {
  return clientOver(key, async (method, url, body) => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  });
}

/** What every delivery test process sets up: the guide's tags, a connection to `sinkUrl`, a mapping, a flow. */
export async function setUpStatusFlow(c: Client, sinkUrl: string, destination: Record<string, unknown> = {}) {
  const ok = async (r: Promise<Reply>) => {
    const reply = await r;
    if (reply.status >= 300) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  };
  await ok(c.put('/v1/tags/Registered', { objects: ['registration_statuses'] }));
  await ok(c.put('/v1/registration-statuses/registered', { tags: ['Registered'] }));
  await ok(c.put('/v1/events/SUMMIT', { name: 'Summit' }));
  await ok(c.put('/v1/connections/sink', { url: sinkUrl, auth: { type: 'none' }, timeoutMs: 1000 }));
  await ok(c.put('/v1/mappings/Code', { fields: [{ name: 'registration', type: 'string', value: [{ kind: 'source', source: 'registration.code' }] }] }));
  await ok(
    c.put('/v1/flows/Registered', {
      mode: 'live',
      source: 'registration_status_change',
      activateFor: { registrationStatusTags: ['Registered'] },
      destinations: [{ name: 'Sink', connection: 'sink', payloadMapping: 'Code', ...destination }],
    }),
  );
}

/** The mapping the delivery tests send: the registration's code, and nothing else. */
export const CODE_MAPPING = { fields: [{ name: 'registration', type: 'string', value: [{ kind: 'source', source: 'registration.code' }] }] };

/** A flow of registrations reaching a Registered status, for one event, to the `sink` connection. */
export const registeredFlowFor = (eventCode: string) => ({
  mode: 'live',
  source: 'registration_status_change',
  activateFor: { registrationStatusTags: ['Registered'] },
  filters: [{ field: 'event.code', operator: 'equals', value: eventCode }],
  destinations: [{ name: 'D', connection: 'sink', payloadMapping: 'Code' }],
});
