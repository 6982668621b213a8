import { expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { LOOPBACK } from '../../src/config.js';
import { seedDemo } from '../../src/demo/seed.js';
import { RequestInspector } from '../../src/inspector/request-inspector.js';
import { client } from '../support/api.js';
import { checkAnswers } from '../support/contract.js';
import { describeEachStore, openTestDatabase } from '../support/stores.js';

describeEachStore('the demo seed', (store) => {
  it('sets up an account whose flows are all complete, live and active, with the guide\'s Slack mapping', async () => {
    const database = await openTestDatabase(store);
    const app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: LOOPBACK }, database, beforeRoutes: checkAnswers });
    try {
      const { apiKey } = await seedDemo(app, new RequestInspector(), 'http://127.0.0.1:9');
      const demo = client(app, apiKey);
      const { flows } = (await demo.get('/v1/flows')).body;
      expect(flows.map((f: any) => f.name).sort()).toEqual(['Cancelled to CRM', 'Registered to CRM', 'Registered to Slack']);
      for (const flow of flows) expect(flow, flow.name).toMatchObject({ status: 'complete', missing: [], mode: 'live', active: true });
      expect((await demo.get('/v1/connections')).body.connections.map((c: any) => c.url).sort()).toEqual(['http://127.0.0.1:9/inspector/crm', 'http://127.0.0.1:9/inspector/slack']);
      expect((await demo.get('/v1/events')).body.events).toHaveLength(2);

      await demo.put('/v1/registrations/MATT', { eventCode: 'SUMMIT', status: 'registered', answers: { diet: 'Vegan' }, profile: { code: 'P-MATT', firstName: 'Matt', lastName: 'Cash' } });
      const preview = await demo.post('/v1/mappings/preview', { name: 'Slack attachments', registrationCode: 'MATT' });
      expect(preview.body).toMatchObject({ ok: true });
      expect(preview.body.value).toEqual({
        attachments: [
          {
            author_name: 'Hookflow Summit 2026',
            color: '#36a64f',
            pretext: 'Matt Cash MATT',
            text: 'Question answered by Attendee',
            fields: [{ short: true, title: 'Dietary needs?', value: 'Vegan' }],
            title: 'Registered',
          },
        ],
      });
    } finally {
      await app.close();
      await database.close();
    }
  });
});
