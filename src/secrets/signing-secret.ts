import { randomBytes } from 'node:crypto';

/** `whsec_` + base64 of 24 or more random bytes, as Standard Webhooks receivers expect. */
export const SIGNING_SECRET_PATTERN = '^whsec_[A-Za-z0-9+/]{32,}={0,2}$';
const SIGNING_SECRET_BYTES = 24;

export function generateSigningSecret(): string {
  return `whsec_${randomBytes(SIGNING_SECRET_BYTES).toString('base64')}`;
}
