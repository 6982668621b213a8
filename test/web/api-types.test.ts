import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../scripts/api-types.js';

it("keeps the dashboard's API types in step with the routes (npm run api:types writes them)", async () => {
  const committed = readFileSync(API_TYPES_FILE, 'utf8');
  expect(committed === (await apiTypes()), 'web/src/api/schema.d.ts is stale: run npm run api:types, then fix what the type check finds').toBe(true);
});
