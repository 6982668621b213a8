import type { RenderContext, RenderEnv } from '../../src/mapping/index.js';

/** Joe Citizen's registration at the Summit: the context every mapping test renders from. */
export const joeAtSummit: RenderContext = {
  account: { code: 'acme-events' },
  flow: { name: 'Registered to Slack' },
  event: {
    code: 'SUMMIT', name: 'Summit 2026', isTest: false, status: 'open', startDate: '2026-12-01', endDate: '2026-12-03', location: 'Lisbon',
    timezone: 'Europe/Lisbon', description: null,
    customFields: { industry: 'Tech', regions: ['EMEA', 'APAC'], links: '<p>See <a href="https://summit.example/agenda">the Agenda</a> and <a href="https://x.example">more</a></p>' },
    tags: ['Roadshow', 'Flagship'],
  },
  registration: {
    code: '75876-4308060-1172', status: 'registered', statusName: 'Registered', statusTags: ['Registered'], attendeeType: 'SPK', attendeeTypeName: 'Speaker',
    attendeeTypeTags: ['VIP'], isTest: false,
    createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-24T09:30:00.000Z', properties: { complete: true, vip_dinner: false }, propertyTags: ['Complete'],
  },
  profile: {
    code: 'P-1', firstName: 'matt', lastName: 'CASH', email: 'Matt.Cash@Example.com', position: '  Chief   Technology Officer ', organization: 'Initech',
    phone: null, addressLine1: null, addressLine2: null, city: 'Lisbon', state: null, postalCode: '1000-001', country: 'PT',
    customFields: { tshirt: 'M', employees: '250', newsletter: 'yes' },
  },
  answers: [
    { questionCode: 'diet', questionText: 'Dietary needs?', tag: 'Diet', answer: 'Vegan' },
    { questionCode: 'testing', questionText: 'Testing', tag: null, answer: 'Correct' },
    { questionCode: 'topics', questionText: 'Topics', tag: 'Topics', answer: ['AI', 'Cloud'] },
  ],
  eventQuestions: [
    { code: 'diet', text: 'Dietary needs?', tag: 'Diet' },
    { code: 'testing', text: 'Testing', tag: null },
    { code: 'topics', text: 'Topics', tag: 'Topics' },
    { code: 'shirt', text: 'Shirt size?', tag: null },
  ],
};

export const fixedEnv: RenderEnv = { now: () => new Date('2026-11-24T10:05:09.000Z'), uuid: () => 'b3f1c2d4-0000-4000-8000-000000000001', dateFormat: 'DD/MM/YYYY HH:mm' };
