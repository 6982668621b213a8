import type { Connection } from '../connections/model.js';
import type { AttemptRecord, AttemptReport, WriteBack } from '../domain/attempt.js';
import { isEventChange, recordCode } from '../domain/changes.js';
import { type WriteBackRule, readWriteBack } from '../domain/write-back.js';
import { targetRecordId } from '../domain/attempt.js';
import type { Clock } from '../domain/clock.js';
import { webhookId } from '../domain/delivery.js';
import { HookflowError } from '../domain/errors.js';
import type { Failure, FailureCategory } from '../domain/failure.js';
import { type LeadRule, leadOf } from '../domain/lead.js';
import type { AccountConfig } from '../evaluation/account-config.js';
import type { Evaluator } from '../evaluation/evaluator.js';
import { renderContext } from '../evaluation/render-context.js';
import type { Action } from '../flows/flow.js';
import type { RenderEnv, Renderer } from '../mapping/index.js';
import type { ClaimedDelivery } from '../queue/claim.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { findChanges } from '../store/changes.js';
import { loadConnection } from '../store/connections.js';
import { type RendererCache, getMapping } from '../store/mappings.js';
import type { Db } from '../store/schema.js';
import type { AuthorizingSender } from './authorizing-sender.js';
import { buildRequest } from './build-request.js';
import { ClaimBatch } from './claim-batch.js';
import { redact, secretValues } from './redact.js';

export interface AttemptDeps {
  db: Db;
  box: SecretBox;
  evaluator: Evaluator;
  renderers: RendererCache;
  sender: AuthorizingSender;
  clock: Clock;
  uuid: () => string;
}

type Step<T> = { ok: true; value: T } | { ok: false; failure: Failure };
const failed = (category: FailureCategory, message: string): { ok: false; failure: Failure } => ({ ok: false, failure: { category, message } });

/**
 * One try of a delivery, with the configuration as it is now: the change is decided again (so
 * tagging a status or re-activating a flow makes the retry succeed), the request built, then sent
 * with its authorization. What was sent is recorded with its credentials redacted.
 */
export function attemptDelivery(deps: AttemptDeps) {
  const env: RenderEnv = { now: () => deps.clock.now(), uuid: deps.uuid };
  return async (delivery: ClaimedDelivery, batch = new ClaimBatch([delivery])): Promise<AttemptReport> => {
    const started = deps.clock.now();
    const record: AttemptRecord = { startedAt: started.toISOString(), durationMs: 0 };
    const finish = (report: AttemptReport): AttemptReport => {
      report.record.durationMs = Math.max(0, deps.clock.now().getTime() - started.getTime());
      return report;
    };
    const prepared = await prepare(deps, delivery, batch);
    if (!prepared.ok) return finish({ outcome: 'failed', failure: prepared.failure, record });
    const { connection, input, leads, writeBack } = prepared.value;
    const built = buildRequest({ ...input, env, webhookId: webhookId(delivery) });
    if (!built.ok) return finish({ outcome: 'failed', failure: built.failure, record });
    record.request = redact(built.request, secretValues(connection));
    const sent = await deps.sender.send(delivery.accountId, connection, built.request);
    if (sent.answer) record.response = { ...sent.answer };
    if (sent.ok) {
      const { body, headers } = sent.answer;
      const written = writeBack ? writeBackOf(writeBack, delivery, body, record) : null;
      return finish({ outcome: 'delivered', targetRecordId: targetRecordId(body, headers), lead: leadOf(leads, sent.answer), ...(written ? { writeBack: written } : {}), record });
    }
    return finish({ outcome: 'failed', failure: sent.failure, record });
  };
}

/** The answer's values for the rules, to write to the delivered registration; what they could not take is noted on the attempt. */
function writeBackOf(rules: { rules: WriteBackRule[]; registrationCode: string | null }, delivery: ClaimedDelivery, body: string, record: AttemptRecord): WriteBack | null {
  const read = readWriteBack(rules.rules, body);
  const notes = [...read.notes];
  if (rules.registrationCode === null) notes.push('write-back skipped: the change is about an event, not a registration');
  if (notes.length) record.notes = notes;
  if (rules.registrationCode === null || Object.keys(read.customFields).length === 0) return null;
  const origin = { flowId: delivery.flowId, changeId: delivery.changeId };
  return { accountId: delivery.accountId, registrationCode: rules.registrationCode, customFields: read.customFields, origin };
}

interface Prepared {
  connection: Connection;
  leads: LeadRule | undefined;
  writeBack: { rules: WriteBackRule[]; registrationCode: string | null } | undefined;
  input: Omit<Parameters<typeof buildRequest>[0], 'env' | 'webhookId'>;
}

/** Everything the request is built from, read with the configuration as it is now; or why it cannot be sent. */
async function prepare(deps: AttemptDeps, delivery: ClaimedDelivery, batch: ClaimBatch): Promise<Step<Prepared>> {
  const { db } = deps;
  const { accountId } = delivery;
  const read = () => batch.once(`changes/${accountId}`, () => findChanges(db, accountId, batch.deliveries.filter((d) => d.accountId === accountId).map((d) => d.changeId)));
  const change = batch.knownChange(delivery.changeId) ?? (await read()).get(delivery.changeId);
  if (!change) return failed('platform_api', `change ${delivery.changeId} is no longer available`);
  const claimed = { ...change, accountId, ...(delivery.configVersion !== undefined ? { configVersion: delivery.configVersion } : {}) };
  const { config, flow, evaluation } = await deps.evaluator.decide(db, claimed, delivery.flowId);
  if (!flow) return failed('config', 'the flow was deleted');
  if (!evaluation) return failed('platform_api', `event '${change.eventCode}' is no longer available`);
  const { outcome, situation } = evaluation;
  if (!outcome.triggered) return failed('config', outcome.detail);
  const action = outcome.actions.find((a) => a.destination === delivery.destination);
  if (!action) return failed('config', `flow '${flow.name}' no longer has destination '${delivery.destination}'`);
  const parts = await configured(deps, config, accountId, action);
  if (!parts.ok) return parts;
  const context = renderContext(config, flow.name, situation, change);
  const writeBack = action.writeBack && { rules: action.writeBack, registrationCode: isEventChange(change) ? null : recordCode(change) };
  return { ok: true, value: { connection: parts.value.connection, leads: action.leads, writeBack, input: { ...parts.value, context } } };
}

/** The action's connection and mappings, read once while the configuration stands; one that is gone is a Config failure. */
async function configured(deps: AttemptDeps, config: AccountConfig, accountId: number, action: Action) {
  try {
    const connection = await config.remember(`connection/${action.connection}`, () => loadConnection(deps.db, deps.box, accountId, action.connection));
    const renderer = async (name: string): Promise<{ name: string; renderer: Renderer }> => {
      const mapping = await config.remember(`mapping/${name}`, () => getMapping(deps.db, accountId, name));
      return { name, renderer: deps.renderers.renderer(mapping) };
    };
    const payload = await renderer(action.payloadMapping);
    const headers = action.headerMapping ? await renderer(action.headerMapping) : null;
    return { ok: true as const, value: { connection, payload, headers } };
  } catch (error) {
    if (error instanceof HookflowError) return failed('config', error.message);
    throw error;
  }
}
