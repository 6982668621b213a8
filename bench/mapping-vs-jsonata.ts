import { deepStrictEqual } from 'node:assert';
import { pathToFileURL } from 'node:url';
import jsonata from 'jsonata';
import { type Mapping, type RenderContext, type TargetField, compile } from '../src/mapping/index.js';
import { fmt } from './support.js';

/**
 * Issue 3's figure: renders/s of a compiled 41-field nested mapping with arrays, beside JSONata
 * evaluating an equivalent expression on the same inputs, in the same run. Both outputs are
 * checked equal on every input first, so the comparison is honest.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

const src = (source: string) => ({ kind: 'source' as const, source });
const txt = (text: string) => ({ kind: 'text' as const, text });
const str = (name: string, ...value: TargetField['value'] & object) => ({ name, type: 'string' as const, value });
const obj = (name: string, fields: TargetField[]): TargetField => ({ name, type: 'object', fields });

const MAPPING: Mapping = {
  root: 'object',
  fields: [
    obj('event', [
      str('code', src('event.code')), str('name', src('event.name')), str('location', src('event.location')),
      str('starts', src('event.startDate')), str('ends', src('event.endDate')),
      { name: 'tags', type: 'array_of_strings', value: [src('event.tags')] }, str('industry', src('event.custom.industry')),
    ]),
    obj('person', [
      { ...str('first', src('profile.firstName')), transforms: ['proper'] },
      { ...str('last', src('profile.lastName')), transforms: ['proper'] },
      { ...str('full', src('profile.firstName'), txt(' '), src('profile.lastName')), transforms: ['proper'] },
      { ...str('email', src('profile.email')), transforms: ['lower'] },
      { ...str('title', src('profile.position'), txt(' @ '), src('profile.organization')), transforms: ['trim'] },
      str('phone', src('profile.phone')), str('city', src('profile.city')),
      { ...str('country', src('profile.country')), transforms: ['upper'] }, str('postal', src('profile.postalCode')),
      obj('address', [
        str('line1', src('profile.addressLine1')), str('city', src('profile.city')), str('state', src('profile.state')),
        str('country', src('profile.country')), str('postal', src('profile.postalCode')),
      ]),
    ]),
    obj('registration', [
      str('code', src('registration.code')), { ...str('status', src('registration.status')), transforms: ['upper'] },
      str('type', src('registration.attendeeType')), { name: 'test', type: 'boolean', value: [src('registration.isTest')] },
      str('created', src('registration.createdAt')), { name: 'complete', type: 'boolean', value: [src('registration.property.complete')] },
      { name: 'statusTags', type: 'array_of_strings', value: [src('registration.statusTags')] },
      { name: 'propertyTags', type: 'array_of_strings', value: [src('registration.propertyTags')] },
    ]),
    {
      name: 'answers', type: 'array_of_objects', each: 'registration.questions',
      fields: [str('question', src('item.name')), { ...str('code', src('item.code')), transforms: ['upper'] }, str('answer', src('item.answer'))],
    },
    { name: 'questions', type: 'array_of_objects', each: 'event.questions', fields: [{ ...str('name', src('item.name')), transforms: ['trim'] }, str('code', src('item.code'))] },
    obj('meta', [
      str('account', src('account.code')), str('flow', src('flow.name')), str('source', txt('hookflow')),
      { name: 'version', type: 'number', value: [txt('2')] },
      str('summary', txt('Registration '), src('registration.code'), txt(' for '), src('event.name')),
      { name: 'employees', type: 'number', value: [src('profile.custom.employees')] },
      { name: 'optIn', type: 'boolean', value: [src('profile.custom.newsletter')] },
    ]),
  ],
};

const JSONATA = `(
  $proper := function($s) { $join($map($split($lowercase($s), ' '), function($w) { $uppercase($substring($w, 0, 1)) & $substring($w, 1) }), ' ') };
  $bool := function($v) { $type($v) = 'boolean' ? $v : $lowercase($string($v)) in ['true', 'yes', 'y', '1', 'on'] };
  {
    'event': { 'code': event.code, 'name': event.name, 'location': event.location, 'starts': event.startDate, 'ends': event.endDate,
               'tags': $append([], event.tags), 'industry': event.customFields.industry },
    'person': { 'first': $proper(profile.firstName), 'last': $proper(profile.lastName), 'full': $proper(profile.firstName & ' ' & profile.lastName),
                'email': $lowercase(profile.email), 'title': $trim(profile.position & ' @ ' & profile.organization), 'phone': profile.phone,
                'city': profile.city, 'country': $uppercase(profile.country), 'postal': profile.postalCode,
                'address': { 'line1': profile.addressLine1, 'city': profile.city, 'state': profile.state, 'country': profile.country, 'postal': profile.postalCode } },
    'registration': { 'code': registration.code, 'status': $uppercase(registration.status), 'type': registration.attendeeType,
                      'test': $bool(registration.isTest), 'created': registration.createdAt, 'complete': $bool(registration.properties.complete),
                      'statusTags': $append([], registration.statusTags), 'propertyTags': $append([], registration.propertyTags) },
    'answers': [answers.{ 'question': questionText, 'code': $uppercase(questionCode), 'answer': answer }],
    'questions': [eventQuestions.{ 'name': $trim(text), 'code': code }],
    'meta': { 'account': account.code, 'flow': flow.name, 'source': 'hookflow', 'version': 2,
              'summary': 'Registration ' & registration.code & ' for ' & event.name,
              'employees': $number(profile.customFields.employees), 'optIn': $bool(profile.customFields.newsletter) }
  }
)`;

const FIRST = ['ann', 'BOB', 'carla', 'dmitri', 'eve', 'fatima', 'gus', 'hana', 'ivan', 'joe'];
const LAST = ['smith', 'NGUYEN', 'garcía', 'okafor', 'müller', 'rossi', 'tanaka', 'cohen', 'silva', 'citizen'];

/** 50 registrations, each different, with 10 answered questions. */
function contexts(): RenderContext[] {
  return Array.from({ length: 50 }, (_, i) => {
    const first = FIRST[i % 10] as string;
    const last = LAST[(i * 3) % 10] as string;
    const questions = Array.from({ length: 10 }, (_, q) => ({ code: `q${q}`, text: `  Question   number ${q}? `, tag: q === 0 ? 'Diet' : null }));
    return {
      account: { code: 'acme-events' },
      flow: { name: 'Registered to CRM' },
      event: {
        code: `EV-${i % 5}`, name: `Summit ${2020 + (i % 7)}`, isTest: false, status: 'open', startDate: '2026-12-01', endDate: '2026-12-03',
        location: ['Lisbon', 'Porto', 'Berlin'][i % 3] as string, timezone: 'UTC', description: null,
        customFields: { industry: ['Tech', 'Health'][i % 2] as string }, tags: i % 4 ? ['Roadshow', 'Flagship'] : ['Roadshow'],
      },
      registration: {
        code: `75876-${4308060 + i}-${1172 + i}`, status: ['registered', 'invited', 'cancelled'][i % 3] as string,
        statusName: ['Registered', 'Invited', 'Cancelled'][i % 3] as string, statusTags: ['Registered'],
        attendeeType: i % 2 ? 'SPK' : 'ATT', attendeeTypeName: i % 2 ? 'Speaker' : 'Attendee', attendeeTypeTags: ['VIP'], isTest: false, createdAt: '2026-11-20T09:00:00.000Z', updatedAt: null,
        properties: { complete: i % 2 === 0 }, propertyTags: i % 2 === 0 ? ['Complete'] : ['None'],
      },
      profile: {
        code: `P-${i}`, firstName: first, lastName: last, email: `${first}.${last}@Example.COM`, position: `  Head   of ${['Sales', 'IT'][i % 2]} `,
        organization: `Org ${i}`, phone: `+351 ${900000 + i}`, addressLine1: `${i} Main St`, addressLine2: null, city: 'Lisbon', state: 'LX',
        postalCode: `1000-${100 + i}`, country: 'pt', customFields: { employees: String(10 * (i + 1)), newsletter: i % 3 ? 'yes' : 'no' },
      },
      answers: questions.map((q, n) => ({ questionCode: q.code, questionText: q.text, tag: q.tag, answer: `answer ${n} of ${i}` })),
      eventQuestions: questions,
    };
  });
}

const countLeaves = (fields: TargetField[]): number => fields.reduce((n, f) => n + (f.fields ? countLeaves(f.fields) : 1), 0);

/** Runs for SECONDS; awaits only what returns a promise (JSONata 2 is asynchronous, the renderer is not). */
async function timed(run: () => unknown): Promise<number> {
  let n = 0;
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) {
      const result = run();
      if (result instanceof Promise) await result;
    }
    n += 100;
  }
  return n / ((performance.now() - started) / 1000);
}

export async function benchMapping(): Promise<string[]> {
  const compiled = compile(MAPPING);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const renderer = compiled.value;
  const expression = jsonata(JSONATA);
  const inputs = contexts();
  const env = { now: () => new Date(0), uuid: () => 'id' };
  for (const [i, ctx] of inputs.entries()) {
    const ours = renderer.render(ctx, env);
    if (!ours.ok) throw new Error(JSON.stringify(ours.errors));
    // JSONata builds its results with its own prototypes: compare plain JSON.
    const theirs = JSON.parse(JSON.stringify(await expression.evaluate(ctx)));
    try {
      deepStrictEqual(ours.value, theirs);
    } catch (error) {
      throw new Error(`input ${i}: Hookflow and JSONata disagree: ${(error as Error).message}`);
    }
  }
  let i = 0;
  const hookflow = await timed(() => renderer.render(inputs[i++ % inputs.length] as RenderContext, env));
  const viaJsonata = await timed(() => expression.evaluate(inputs[i++ % inputs.length]));
  return [
    `mapping: ${countLeaves(MAPPING.fields)} target fields, nested 3 deep, two arrays of objects over 10-item lists; 50 inputs, outputs checked equal`,
    `  hookflow compiled renderer   ${fmt(hookflow)} renders/s`,
    `  JSONata (same output)        ${fmt(viaJsonata)} renders/s`,
    `  ratio                        ${(hookflow / viaJsonata).toFixed(1)}x JSONata`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const line of await benchMapping()) console.log(line);
