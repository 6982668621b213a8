import { benchApi } from './api.js';

/** `npm run bench`: every figure beside a baseline measured in the same run. */
for (const bench of [benchApi]) {
  for (const line of await bench()) console.log(line);
}
