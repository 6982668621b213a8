import { deepStrictEqual } from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import jsonata from 'jsonata';
import { type Mapping, type RenderContext, type RenderEnv, type SourceId, type TargetField, type Transform, compile, source, text } from '../src/mapping/index.js';

/**
 * Renders/s of a compiled 40-field nested mapping (arrays over a 10-answer question list,
 * concatenations, transforms, coercions) beside JSONata evaluating an expression that produces the
 * same output, on the same 50 inputs, in the same run. Every input's outputs are checked equal
 * first, so both sides do the same work.
 *
 * `npx tsx bench/mapping.ts`; BENCH_SECONDS scales the measuring time (default 2 s for Hookflow,
 * half that for JSONata: a rate needs far fewer iterations of the slower side).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

type Part = SourceId | { text: string };
const parts = (...ps: Part[]) => ps.map((p) => (typeof p === 'string' ? source(p) : text(p.text)));
const str = (name: string, from: Part[], transforms?: Transform[], required?: boolean): TargetField => ({
  name, type: 'string', value: parts(...from), ...(transforms && { transforms }), ...(required && { required }),
});
const typed = (name: string, type: TargetField['type'], from: Part[]): TargetField => ({ name, type, value: parts(...from) });
const obj = (name: string, fields: TargetField[]): TargetField => ({ name, type: 'object', fields });

export const MAPPING: Mapping = {
  name: 'CRM lead',
  root: 'object',
  fields: [
    obj('event', [
      str('code', ['event.code']), str('name', ['event.name']), str('location', ['event.location']),
      obj('dates', [str('start', ['event.startDate']), str('end', ['event.endDate'])]),
      typed('tags', 'array_of_strings', ['event.tags']), str('industry', ['event.custom.industry']),
    ]),
    obj('person', [
      obj('name', [
        str('first', ['profile.firstName'], ['proper']), str('last', ['profile.lastName'], ['proper']),
        str('full', ['profile.firstName', { text: ' ' }, 'profile.lastName'], ['proper']),
      ]),
      str('email', ['profile.email'], ['lower'], true),
      str('title', ['profile.position', { text: ' @ ' }, 'profile.organization'], ['trim']),
      str('phone', ['profile.phone']),
      obj('address', [
        str('line1', ['profile.addressLine1']), str('city', ['profile.city'], ['upper']), str('postal', ['profile.postalCode']),
        str('country', ['profile.country'], ['upper']),
      ]),
      typed('employees', 'number', ['profile.custom.employees']), typed('newsletter', 'boolean', ['profile.custom.newsletter']),
    ]),
    obj('registration', [
      str('code', ['registration.code'], undefined, true), str('status', ['registration.status'], ['upper']), str('type', ['registration.attendeeType']),
      typed('test', 'boolean', ['registration.isTest']), typed('complete', 'boolean', ['registration.property.complete']),
      typed('tags', 'array_of_strings', ['registration.statusTags']),
      str('summary', [{ text: 'Registration ' }, 'registration.code', { text: ' for ' }, 'event.name']),
      str('diet', ['questionTag.Diet.answer']), str('dietQuestion', ['questionTag.Diet.question'], ['trim']),
    ]),
    {
      name: 'answers', type: 'array_of_objects', each: 'registration.questions',
      fields: [
        str('question', ['item.name'], ['trim']), str('code', ['item.code'], ['upper']), str('answer', ['item.answer']),
        obj('detail', [str('label', ['item.code', { text: ': ' }, 'item.answer'], ['lower'])]),
      ],
    },
    { name: 'questions', type: 'array_of_objects', each: 'event.questions', fields: [str('name', ['item.name'], ['trim', 'proper']), str('code', ['item.code'])] },
    { name: 'answerCodes', type: 'array_of_strings', each: 'registration.questions', value: parts('item.code') },
    obj('meta', [
      str('account', ['account.code']), str('flow', ['flow.name']), str('source', [{ text: 'hookflow' }]),
      typed('version', 'number', [{ text: '2' }]), str('sentAt', ['macro.now']),
    ]),
  ],
};

/** The same payload in JSONata; `$sentAt` is bound per evaluation, as the renderer reads `env.now()`. */
export const JSONATA = `(
  $proper := function($s) { $replace($lowercase($s), /(^|[\\s\\-'\\(])([a-z])/, function($m) { $m.groups[0] & $uppercase($m.groups[1]) }) };
  $bool := function($v) { $type($v) = 'boolean' ? $v : $lowercase($trim($string($v))) in ['true', 'yes', 'y', '1', 'on'] };
  $diet := answers[tag = 'Diet'][0];
  {
    'event': { 'code': event.code, 'name': event.name, 'location': event.location,
               'dates': { 'start': event.startDate, 'end': event.endDate },
               'tags': $append([], event.tags), 'industry': event.customFields.industry },
    'person': {
      'name': { 'first': $proper(profile.firstName), 'last': $proper(profile.lastName), 'full': $proper(profile.firstName & ' ' & profile.lastName) },
      'email': $lowercase(profile.email), 'title': $trim(profile.position & ' @ ' & profile.organization), 'phone': profile.phone,
      'address': { 'line1': profile.addressLine1, 'city': $uppercase(profile.city), 'postal': profile.postalCode, 'country': $uppercase(profile.country) },
      'employees': $number($trim(profile.customFields.employees)), 'newsletter': $bool(profile.customFields.newsletter)
    },
    'registration': {
      'code': registration.code, 'status': $uppercase(registration.status), 'type': registration.attendeeType,
      'test': $bool(registration.isTest), 'complete': $bool(registration.properties.complete),
      'tags': $append([], registration.statusTags), 'summary': 'Registration ' & registration.code & ' for ' & event.name,
      'diet': $diet.answer, 'dietQuestion': $trim($diet.questionText)
    },
    'answers': [answers.{ 'question': $trim(questionText), 'code': $uppercase(questionCode), 'answer': answer,
                          'detail': { 'label': $lowercase(questionCode & ': ' & answer) } }],
    'questions': [eventQuestions.{ 'name': $proper($trim(text)), 'code': code }],
    'answerCodes': [answers.questionCode],
    'meta': { 'account': account.code, 'flow': flow.name, 'source': 'hookflow', 'version': 2, 'sentAt': $sentAt }
  }
)`;

const FIRST = ['ann', 'BOB', 'carla', 'dmitri', 'eve', 'fatima', 'gus', 'hana', 'ivan', 'joe'];
const LAST = ['smith', 'NGUYEN', 'garcía', 'okafor', 'müller', "o'brien", 'tanaka', 'cohen-levi', 'silva', 'citizen'];

/** 50 registrations, each different, each with 10 answered questions; some lack a custom field. */
export function contexts(): RenderContext[] {
  return Array.from({ length: 50 }, (_, i) => {
    const first = FIRST[i % 10] ?? '';
    const last = LAST[(i * 3) % 10] ?? '';
    const questions = Array.from({ length: 10 }, (_, q) => ({ code: `Q${q}-${i % 4}`, text: `  question   number ${q} of ${i}? `, tag: q === 3 ? 'Diet' : null }));
    return {
      account: { code: 'acme-events' },
      flow: { name: 'Registered to CRM' },
      event: {
        code: `EV-${i % 5}`, name: `Summit ${2020 + (i % 7)}`, isTest: false, status: 'open', startDate: '2026-12-01', endDate: '2026-12-03',
        location: ['Lisbon', 'Porto', 'Berlin'][i % 3] ?? '', timezone: 'UTC', description: null,
        customFields: i % 5 ? { industry: ['Tech', 'Health'][i % 2] ?? '' } : ({} as Record<string, string>), tags: i % 4 ? ['Roadshow', 'Flagship'] : ['Roadshow'],
      },
      registration: {
        code: `75876-${4308060 + i}-${1172 + i}`, status: ['registered', 'invited', 'cancelled'][i % 3] ?? '', statusTags: i % 3 ? ['Registered'] : ['Registered', 'Paid'],
        attendeeType: i % 2 ? 'SPK' : 'ATT', attendeeTypeTags: ['VIP'], isTest: i % 7 === 0, createdAt: '2026-11-20T09:00:00.000Z', updatedAt: null,
        properties: { complete: i % 2 === 0 }, propertyTags: i % 2 === 0 ? ['Complete'] : [],
      },
      profile: {
        code: `P-${i}`, firstName: first, lastName: last, email: `${first}.${last}@Example.COM`, position: `  Head   of ${['Sales', 'IT'][i % 2]} `,
        organization: `Org ${i}`, phone: `+351 ${900000 + i}`, addressLine1: `${i} Main St`, addressLine2: null, city: 'Lisbon', state: 'LX',
        postalCode: `1000-${100 + i}`, country: 'pt', customFields: { employees: ` ${10 * (i + 1)} `, newsletter: ['yes', 'no', 'TRUE'][i % 3] ?? 'no' },
      },
      answers: questions.map((q, n) => ({ questionCode: q.code, questionText: q.text, tag: q.tag, answer: `Answer ${n} Of ${i}` })),
      eventQuestions: questions,
    };
  });
}

const countLeaves = (fields: readonly TargetField[]): number => fields.reduce((n, f) => n + (f.fields ? countLeaves(f.fields) : 1), 0);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Calls per second over `seconds`; awaits only what returns a promise (JSONata 2 evaluates asynchronously). */
async function rate(seconds: number, run: () => unknown): Promise<number> {
  let n = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  while (performance.now() < end) {
    for (let k = 0; k < 50; k++) {
      const result = run();
      if (result instanceof Promise) await result;
    }
    n += 50;
  }
  return n / ((performance.now() - started) / 1000);
}

export async function benchMapping(): Promise<string[]> {
  const compiled = compile(MAPPING);
  if (!compiled.ok) throw new Error(compiled.errors.map((e) => e.message).join('; '));
  const renderer = compiled.value;
  const expression = jsonata(JSONATA);
  const inputs = contexts();
  const env: RenderEnv = { now: () => new Date('2026-11-24T10:05:09.000Z'), uuid: () => 'id' };
  const bindings = () => ({ sentAt: env.now().toISOString() });

  for (const [i, ctx] of inputs.entries()) {
    const ours = renderer.render(ctx, env);
    if (!ours.ok) throw new Error(ours.errors.map((e) => e.message).join('; '));
    // JSONata builds results with its own array subclass: compare them as plain JSON.
    const theirs: unknown = JSON.parse(JSON.stringify(await expression.evaluate(ctx, bindings())));
    try {
      deepStrictEqual(ours.value, theirs);
    } catch (error) {
      throw new Error(`input ${i}: Hookflow and JSONata disagree: ${(error as Error).message}`);
    }
  }

  let i = 0;
  const next = () => inputs[i++ % inputs.length] as RenderContext;
  await rate(0.2, () => renderer.render(next(), env)); // warm both up before measuring
  await rate(0.2, () => expression.evaluate(next(), bindings()));
  const hookflow = await rate(SECONDS, () => renderer.render(next(), env));
  const viaJsonata = await rate(SECONDS / 2, () => expression.evaluate(next(), bindings()));
  return [
    `mapping: ${countLeaves(MAPPING.fields)} target fields, objects 3 deep, 2 arrays of objects and 1 array of strings over 10-question lists; 50 inputs, outputs checked equal`,
    `  hookflow compiled renderer   ${fmt(hookflow).padStart(9)} renders/s`,
    `  JSONata (same output)        ${fmt(viaJsonata).padStart(9)} renders/s`,
    `  ratio                        ${(hookflow / viaJsonata).toFixed(1)}x JSONata`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const line of await benchMapping()) console.log(line);
