import type { Dispatcher } from 'undici';
import { applyAuth } from '../connections/apply-auth.js';
import type { Connection } from '../connections/model.js';
import { signatureHeaders } from '../connections/signature.js';
import { HookflowError } from '../domain/errors.js';
import { evaluateFlow } from '../flows/evaluate.js';
import { type RenderEnv, encodePayload, renderHeaders } from '../mapping/index.js';
import type { AccountConfig } from '../pipeline/account-config.js';
import type { ConfigCache } from '../pipeline/config-cache.js';
import { situationOf } from '../pipeline/evaluate-changes.js';
import { renderContext } from '../pipeline/render-context.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { findChanges } from '../store/changes.js';
import { loadConnection, saveTokens } from '../store/connections.js';
import { type RendererCache, getMapping } from '../store/mappings.js';
import type { Db } from '../store/schema.js';
import { type AttemptRecord, type AttemptReport, targetRecordId } from './attempt.js';
import { ClaimBatch } from './claim-batch.js';
import { type Delivery, webhookId } from './delivery.js';
import type { Failure } from './failure.js';
import { type Outbound, send } from './send.js';
import type { TokenCache } from './token-cache.js';

export interface AttemptDeps {
  db: Db;
  box: SecretBox;
  outbound: Dispatcher;
  renderers: RendererCache;
  configs: ConfigCache;
  tokens: TokenCache;
  env: RenderEnv;
}

const USER_AGENT = 'Hookflow/0.1 (+webhook)';
const REDACTED = '[redacted]';

class AttemptFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}
const fail = (category: Failure['category'], message: string): never => {
  throw new AttemptFailure({ category, message });
};

/**
 * One try of a delivery, with the configuration as it is now: the change is evaluated again (so
 * tagging a status or re-activating a flow makes the retry succeed), rendered, signed and sent.
 */
export function attemptDelivery(deps: AttemptDeps) {
  return async (delivery: Delivery, batch = new ClaimBatch([delivery])): Promise<AttemptReport> => {
    const started = deps.env.now();
    const record: AttemptRecord = { startedAt: started.toISOString(), durationMs: 0 };
    const finish = <T extends AttemptReport>(report: T): T => {
      report.record.durationMs = Math.max(0, deps.env.now().getTime() - started.getTime());
      return report;
    };
    try {
      const outbound = await prepare(deps, delivery, batch);
      record.request = redact(outbound.request, outbound.secrets);
      const sent = await sendWithAuth(deps, delivery, outbound);
      if (sent.answer) record.response = { ...sent.answer };
      if (sent.ok) return finish({ outcome: 'delivered', targetRecordId: targetRecordId(sent.answer.body, sent.answer.headers), record });
      return finish({ outcome: 'failed', failure: sent.failure, record });
    } catch (error) {
      if (error instanceof AttemptFailure) return finish({ outcome: 'failed', failure: error.failure, record });
      throw error;
    }
  };
}

interface Prepared {
  request: Outbound;
  connection: Connection;
  /** Values to keep out of the attempt record. */
  secrets: string[];
}

async function prepare(deps: AttemptDeps, delivery: Delivery, batch: ClaimBatch): Promise<Prepared> {
  const { db } = deps;
  const { accountId } = delivery;
  const read = () => batch.once(`changes/${accountId}`, () => findChanges(db, accountId, batch.deliveries.filter((d) => d.accountId === accountId).map((d) => d.changeId)));
  const change = batch.knownChange(delivery.changeId) ?? (await read()).get(delivery.changeId) ?? fail('platform_api', `change ${delivery.changeId} is no longer available`);
  const config = await batch.once(`config/${accountId}`, () => deps.configs.get(db, accountId, batch.configVersion(accountId)));
  const flow = config.flows.find((f) => f.id === delivery.flowId) ?? fail('config', 'the flow was deleted');
  const situation = (await situationOf(db, config, { ...change, accountId: delivery.accountId })) ?? fail('platform_api', `event '${change.eventCode}' is no longer available`);
  const outcome = evaluateFlow(flow, situation);
  if (!outcome.triggered) return fail('config', outcome.detail);
  const action = outcome.actions.find((a) => a.destination === delivery.destination) ?? fail('config', `flow '${flow.name}' no longer has destination '${delivery.destination}'`);
  const connection = await config.remember(`connection/${action.connection}`, () => loadConnection(db, deps.box, accountId, action.connection)).catch(configError);

  const context = renderContext(config, flow.name, situation.event, situation.registration, change);
  const payload = await render(deps, config, action.payloadMapping, context);
  const mappedHeaders = action.headerMapping ? headersOf(await render(deps, config, action.headerMapping, context)) : {};
  const encoded = encodePayload(payload, connection.method, connection.contentType, connection.url);
  const url = new URL(encoded.url);
  const headers: Record<string, string> = { ...lowerCased(mappedHeaders), 'user-agent': USER_AGENT };
  if (encoded.body !== null) headers['content-type'] = connection.contentType;
  applyAuth(connection.auth, url, headers);
  const timestamp = Math.floor(deps.env.now().getTime() / 1000);
  Object.assign(headers, signatureHeaders(connection.signingSecret, webhookId(delivery), timestamp, encoded.body ?? ''));
  return {
    request: { url, method: connection.method, headers, body: encoded.body, timeoutMs: connection.timeoutMs, followRedirects: connection.followRedirects },
    connection,
    secrets: secretValues(connection),
  };
}

async function render(deps: AttemptDeps, config: AccountConfig, name: string, context: ReturnType<typeof renderContext>) {
  const mapping = await config.remember(`mapping/${name}`, () => getMapping(deps.db, config.account.id, name)).catch(configError);
  const rendered = deps.renderers.renderer(mapping).render(context, deps.env);
  if (!rendered.ok) return fail('validation', `mapping '${name}': ${rendered.errors.map((e) => e.message).join('; ')}`);
  return rendered.value;
}

function headersOf(value: unknown): Record<string, string> {
  const rendered = renderHeaders(value);
  return rendered.ok ? rendered.headers : fail('validation', `header mapping: ${rendered.message}`);
}

const configError = (error: unknown): never => {
  if (error instanceof HookflowError) return fail('config', error.message);
  throw error;
};

const lowerCased = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

/** OAuth2: a cached token, refreshed once when the target answers 401; a rotated refresh token is kept. */
async function sendWithAuth(deps: AttemptDeps, delivery: Delivery, prepared: Prepared) {
  const { connection, request } = prepared;
  if (connection.auth.type !== 'oauth2') return send(request, deps.outbound, deps.env.now);
  const auth = connection.auth;
  const key = `${delivery.accountId}/${connection.name}/${auth.clientId}`;
  for (let attempt = 1; ; attempt++) {
    const token = await deps.tokens.token(key, auth, connection.timeoutMs);
    if (!token.ok) return { ok: false as const, failure: { category: 'config' as const, message: `OAuth2: ${token.failure.message}` } };
    if (token.refreshToken && token.refreshToken !== (auth.grantType === 'authorization_code' ? auth.refreshToken : undefined)) {
      await saveTokens(deps.db, deps.box, delivery.accountId, connection.name, auth.clientId, { accessToken: token.accessToken, refreshToken: token.refreshToken });
    }
    const sent = await send({ ...request, headers: { ...request.headers, authorization: `Bearer ${token.accessToken}` } }, deps.outbound, deps.env.now);
    if (sent.ok || sent.answer?.status !== 401 || attempt > 1) return sent;
    deps.tokens.forget(key);
  }
}

function secretValues(c: Connection): string[] {
  const a = c.auth;
  if (a.type === 'basic') return [a.password, Buffer.from(`${a.username}:${a.password}`).toString('base64')];
  if (a.type === 'api_key') return [a.key];
  if (a.type === 'oauth2') return [a.clientSecret];
  return [];
}

/** The attempt as kept for the dashboard: credentials never stored, in headers or in the URL. */
function redact(out: Outbound, secrets: string[]): NonNullable<AttemptRecord['request']> {
  const hide = (text: string) => secrets.filter(Boolean).reduce((t, s) => t.split(s).join(REDACTED), text);
  const headers = Object.fromEntries(Object.entries(out.headers).map(([k, v]) => [k, k === 'authorization' ? REDACTED : hide(v)]));
  const url = new URL(out.url);
  for (const [k, v] of url.searchParams) if (secrets.includes(v)) url.searchParams.set(k, REDACTED);
  return { url: url.toString(), method: out.method, headers, body: out.body ?? '' };
}
