import { benchApi } from './api.js';
import { benchDelivery } from './delivery.js';
import { benchFetch } from './fetch.js';
import { benchInsights } from './insights.js';
import { benchJolt } from './jolt.js';
import { benchMapping } from './mapping-vs-jsonata.js';
import { benchPostbacks } from './postbacks.js';

/** `npm run bench`: every figure beside a baseline measured in the same run. */
for (const bench of [benchMapping, benchJolt, benchApi, benchPostbacks, benchDelivery, benchInsights, benchFetch]) {
  for (const line of await bench()) console.log(line);
}
