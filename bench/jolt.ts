import { deepStrictEqual } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { compileJolt } from '../src/jolt/index.js';
import { fmt } from './support.js';

/**
 * Issue 14's Jolt figure: pages/s (and records/s) of a compiled Jolt chain turning a CRM contacts
 * API page of 100 records into Hookflow registration inputs (shift with wildcards and &, default,
 * modify-overwrite with concat/toLower/toUpper/trim), beside a hand-written function producing
 * the same output, in the same run. Both outputs are checked equal first, so the comparison is honest.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

const SPEC = [
  {
    operation: 'shift',
    spec: {
      results: {
        '*': {
          id: ['registrations[&1].code', 'registrations[&1].profile.code'],
          archived: 'registrations[&1].isTest',
          properties: {
            firstname: 'registrations[&2].profile.firstName',
            lastname: 'registrations[&2].profile.lastName',
            email: 'registrations[&2].profile.email',
            company: 'registrations[&2].profile.organization',
            jobtitle: 'registrations[&2].profile.position',
            phone: 'registrations[&2].profile.phone',
            city: 'registrations[&2].profile.city',
            country: 'registrations[&2].profile.country',
            event_code: 'registrations[&2].eventCode',
            registration_status: 'registrations[&2].status',
            'q_*': 'registrations[&2].answers.&(0,1)',
          },
        },
      },
    },
  },
  { operation: 'default', spec: { 'registrations[]': { '*': { status: 'registered', isTest: false, profile: { country: 'us' } } } } },
  {
    operation: 'modify-overwrite-beta',
    spec: {
      registrations: {
        '*': {
          code: "=concat('crm-',@(0))",
          status: '=toLower',
          profile: { code: "=concat('crm-',@(0))", email: '=toLower', firstName: '=trim', lastName: '=trim', country: '=toUpper' },
        },
      },
    },
  },
];

type Contact = { id: string; archived: boolean; properties: Record<string, string | null> };

/** What the spec does, written by hand: the baseline. */
function byHand(page: { results: Contact[] }) {
  return {
    registrations: page.results.map((contact) => {
      const p = contact.properties;
      const profile: Record<string, unknown> = { code: `crm-${contact.id}` };
      const put = (key: string, value: string | null | undefined, f: (s: string) => string = (s) => s) => {
        if (value !== undefined) profile[key] = value === null ? null : f(value);
      };
      put('firstName', p.firstname, (s) => s.trim());
      put('lastName', p.lastname, (s) => s.trim());
      put('email', p.email, (s) => s.toLowerCase());
      put('organization', p.company);
      put('position', p.jobtitle);
      put('phone', p.phone);
      put('city', p.city);
      profile.country = (p.country ?? 'us').toUpperCase();
      const answers: Record<string, string | null> = {};
      for (const key of Object.keys(p)) if (key.startsWith('q_') && key.length > 2) answers[key.slice(2)] = p[key] ?? null;
      const registration: Record<string, unknown> = { code: `crm-${contact.id}`, profile, isTest: contact.archived };
      if (Object.keys(answers).length > 0) registration.answers = answers;
      if (p.event_code !== undefined) registration.eventCode = p.event_code;
      registration.status = (p.registration_status ?? 'registered').toLowerCase();
      return registration;
    }),
  };
}

const FIRST = ['  Ann', 'BOB', 'carla ', 'Dmitri', 'eve', 'Fatima', 'gus', 'Hana', 'ivan', 'Joe'];
const LAST = ['Smith', 'NGUYEN', 'García', 'Okafor', 'Müller', 'Rossi', 'Tanaka', 'Cohen', 'Silva', 'Citizen'];

/** A page of 100 contacts as a CRM's API returns them, each different; some fields missing. */
function page(offset: number): { results: Contact[]; paging: unknown } {
  const results = Array.from({ length: 100 }, (_, n) => {
    const i = offset + n;
    const first = FIRST[i % 10] as string;
    const last = LAST[(i * 3) % 10] as string;
    const properties: Record<string, string | null> = {
      firstname: first, lastname: last, email: `${first.trim()}.${last}@Example.COM`, company: `Org ${i % 17}`, jobtitle: 'Head of IT',
      city: ['Lisbon', 'Austin', 'Berlin'][i % 3] as string, event_code: `EV-${i % 4}`, q_diet: i % 2 ? 'vegan' : null, q_tshirt: ['S', 'M', 'L'][i % 3] as string,
    };
    if (i % 4) properties.phone = `+1 555 ${1000 + i}`;
    if (i % 5) properties.country = ['pt', 'us', 'de'][i % 3] as string;
    if (i % 3) properties.registration_status = ['Registered', 'Cancelled'][i % 2] as string;
    return { id: String(5000 + i), archived: i % 10 === 0, properties, createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-21T10:00:00.000Z' };
  });
  return { results, paging: { next: { after: String(offset + 100) } } };
}

function timed(run: () => unknown): number {
  let n = 0;
  const started = performance.now();
  const end = started + SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 10; i++) run();
    n += 10;
  }
  return n / ((performance.now() - started) / 1000);
}

export async function benchJolt(): Promise<string[]> {
  const transform = compileJolt(SPEC);
  const pages = [page(0), page(100), page(200), page(300)];
  for (const [i, input] of pages.entries()) {
    try {
      deepStrictEqual(transform(input), byHand(input));
    } catch (error) {
      throw new Error(`page ${i}: Jolt and the hand-written function disagree: ${(error as Error).message}`);
    }
  }
  let i = 0;
  const jolt = timed(() => transform(pages[i++ % pages.length]));
  const hand = timed(() => byHand(pages[i++ % pages.length] as { results: Contact[] }));
  return [
    'jolt: a CRM contacts page of 100 records -> registration inputs (shift with * and &, default, modify-overwrite); outputs checked equal',
    `  compiled Jolt chain          ${fmt(jolt)} pages/s (${fmt(jolt * 100)} records/s)`,
    `  hand-written function        ${fmt(hand)} pages/s (${fmt(hand * 100)} records/s)`,
    `  ratio                        ${(jolt / hand).toFixed(2)}x the hand-written function`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const line of await benchJolt()) console.log(line);
