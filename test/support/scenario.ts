import { joe } from './api.js';
import type { Reply } from './api.js';
import type { PipelineFixture } from './pipeline.js';
import { CODE_MAPPING, registeredFlowFor } from './remote.js';
import { eventually } from './sink.js';

export interface Scenario {
  name: string;
  /** Registers `count` more people for the scenario's event: one delivery each. */
  register(count: number): Promise<void>;
  /** The connection's deliveries, once at least `count` exist and none waits for an answer. */
  settled(count: number): Promise<any[]>;
}

const ok = async (r: Promise<Reply>) => {
  const reply = await r;
  if (reply.status >= 300) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply;
};

/**
 * A connection of its own, reached by a flow of its own for an event of its own (all named
 * `name`): one test's deliveries, counted apart from every other test's. Needs the Registered tag
 * on the standard 'registered' status (`seedSummit`).
 */
export async function scenario(p: PipelineFixture, name: string, url: string, connection: Record<string, unknown> = {}): Promise<Scenario> {
  await ok(p.acme.put('/v1/mappings/Code', CODE_MAPPING));
  await ok(p.acme.put(`/v1/events/${name}`, { name }));
  await ok(p.acme.put(`/v1/connections/${name}`, { url, auth: { type: 'none' }, timeoutMs: 1000, ...connection }));
  await ok(p.acme.put(`/v1/flows/${name}`, { ...registeredFlowFor(name), destinations: [{ name: 'D', connection: name, payloadMapping: 'Code' }] }));
  let n = 0;
  return {
    name,
    async register(count) {
      for (let i = 0; i < count; i++) {
        const code = `${name}-${++n}`;
        await ok(p.acme.put(`/v1/registrations/${code}`, joe(code, { eventCode: name, status: 'registered' })));
      }
    },
    settled: (count) =>
      eventually(async () => {
        const { deliveries } = (await p.acme.get(`/v1/deliveries?connection=${encodeURIComponent(name)}&limit=1000`)).body;
        return deliveries.length >= count && deliveries.every((d: any) => d.status !== 'received' && d.status !== 'processing') && deliveries;
      }),
  };
}
