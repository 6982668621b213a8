/**
 * The dashboard's API types, generated from the OpenAPI document: `npm run api:types` writes them,
 * and a test fails while the file and the routes disagree. A route change that breaks a page then
 * fails the dashboard's type check.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { apiDocument } from '../src/api/document.js';

export const API_TYPES_FILE = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));
const HEADER = '// Generated from the OpenAPI document by `npm run api:types`: do not edit by hand.\n';

export async function apiTypes(): Promise<string> {
  const document = await apiDocument();
  return HEADER + astToString(await openapiTS(document as never));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(API_TYPES_FILE, await apiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
