import type { Clock } from '../domain/clock.js';
import type { RequestInspector } from '../inspector/request-inspector.js';
import { type Call, DEMO_EVENTS, FLAKY_BIN } from './seed.js';

const SECOND = 1000;

/** The simulator's rhythm. */
export interface Rhythm {
  /** One step (a registration created, some updated) this often. */
  every: number;
  /** The flaky target fails on purpose from the start of each cycle for `failFor`, then recovers until the next. */
  cycle: number;
  failFor: number;
}

/**
 * From the first second the Slack target fails, so Retrying and an alert show within seconds
 * beside the CRM's Delivered; after 20 s it recovers and the retries go through.
 */
export const DEMO_RHYTHM: Rhythm = { every: 1 * SECOND, cycle: 120 * SECOND, failFor: 20 * SECOND };

const PEOPLE = [
  ['Matt', 'Cash', 'Initech'],
  ['Ada', 'Okafor', 'Globex'],
  ['Lin', 'Park', 'Umbrella'],
  ['Joana', 'Silva', 'Hooli'],
  ['Tom', 'Berg', 'Stark Industries'],
  ['Priya', 'Nair', 'Wayne Enterprises'],
  ['Sam', 'Moreau', 'Acme Corp'],
] as const;
const DIETS = ['Vegan', 'None', 'Gluten free', 'Vegetarian'];
const TOPICS = ['AI, Cloud', 'Security', 'Data pipelines', 'Webhooks'];

/**
 * A living account: registrations created and updated through the API on a rhythm (one each
 * `every`, and every third step an earlier one cancelled), while the flaky
 * target fails during a window of each cycle. Time is the injected clock's, so tests drive it.
 */
export class Simulator {
  private step = 0;
  /** The cycles count from here. */
  private readonly startedAt: number;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly o: { call: Call; inspector: RequestInspector; clock: Clock; rhythm?: Rhythm }) {
    this.startedAt = o.clock.now().getTime();
  }

  private get rhythm() {
    return this.o.rhythm ?? DEMO_RHYTHM;
  }

  start() {
    this.running = this.loop();
  }

  async stop() {
    this.stopped = true;
    await this.running;
  }

  /** One step: the flaky target's state for now, one registration created, maybe one updated. */
  async tick() {
    const n = ++this.step;
    const phase = (this.o.clock.now().getTime() - this.startedAt) % this.rhythm.cycle;
    this.o.inspector.setFailing(FLAKY_BIN, phase < this.rhythm.failFor);
    await this.o.call('PUT', `/v1/registrations/${code(n)}`, newRegistration(n));
    if (n % 3 === 0) await this.o.call('PUT', `/v1/registrations/${code(n - 2)}`, { status: 'cancelled' });
  }

  private async loop() {
    while (!this.stopped) {
      // A step that fails (the store closing under it at shutdown) is not worth stopping the demo for.
      await this.tick().catch((error: unknown) => {
        if (!this.stopped) console.error(`demo simulator: ${error instanceof Error ? error.message : String(error)}`);
      });
      if (!this.stopped) await this.o.clock.sleep(this.rhythm.every);
    }
  }
}

const code = (n: number) => `DEMO-${String(n).padStart(5, '0')}`;

function newRegistration(n: number) {
  const [firstName, lastName, organization] = PEOPLE[n % PEOPLE.length] as (typeof PEOPLE)[number];
  return {
    eventCode: DEMO_EVENTS[n % DEMO_EVENTS.length],
    status: 'registered',
    attendeeType: n % 4 === 0 ? 'SPK' : 'ATT',
    answers: { diet: DIETS[n % DIETS.length], topics: TOPICS[n % TOPICS.length] },
    profile: { code: `P-${n}`, firstName, lastName, organization, email: `${firstName}.${lastName}${n}@example.com`.toLowerCase() },
  };
}
