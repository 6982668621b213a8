import { isDeepStrictEqual } from 'node:util';
import { HookflowError, notFound, unknownReference } from '../domain/errors.js';
import { type TagObject, checkTagsApply } from '../domain/tags.js';
import { type KnownReferences, missingParts } from '../flows/completeness.js';
import { checkFilters } from '../flows/filters.js';
import { type ActivateFor, type Flow, type FlowDefinition, type FlowSource, eventLevelFlow, isEventLevel } from '../flows/flow.js';
import type { WriteBackRule } from '../domain/write-back.js';
import { customFieldDefinitions } from './events.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';
import { tagsByName } from './tags.js';

const TAG_OBJECT_OF: Record<keyof ActivateFor, TagObject> = {
  registrationStatusTags: 'registration_statuses',
  registrationPropertyTags: 'registration_properties',
  sessionRegistrationStatusTags: 'session_registration_statuses',
  eventStatusTags: 'event_statuses',
};

const toFlow = (r: Row<'flows'>): Flow => ({ ...fromJson<FlowDefinition>(r.definition), active: r.active === 1, id: r.id, version: r.version });

export async function knownReferences(db: Db, accountId: number): Promise<KnownReferences> {
  const [connections, mappings] = await Promise.all([
    db.selectFrom('connections').select('name').where('account_id', '=', accountId).execute(),
    db.selectFrom('mappings').select('name').where('account_id', '=', accountId).execute(),
  ]);
  return { connections: new Set(connections.map((c) => c.name)), mappings: new Set(mappings.map((m) => m.name)) };
}

/** A flow by id, or null once deleted. */
export async function findFlowById(db: Db, accountId: number, id: number): Promise<Flow | null> {
  const row = await db.selectFrom('flows').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  return row ? toFlow(row) : null;
}

export async function listFlows(db: Db, accountId: number): Promise<Flow[]> {
  const rows = await db.selectFrom('flows').selectAll().where('account_id', '=', accountId).orderBy('name').execute();
  return rows.map(toFlow);
}

export async function getFlow(db: Db, accountId: number, name: string): Promise<Flow> {
  const row = await db.selectFrom('flows').selectAll().where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();
  if (!row) throw notFound('flow', name);
  return toFlow(row);
}

/** A flow as the API shows it: with whether it is complete and, if not, what it lacks. */
export const describeFlow = (flow: Flow, known: KnownReferences) => {
  const missing = missingParts(flow, known);
  return { ...flow, status: missing.length ? ('incomplete' as const) : ('complete' as const), missing };
};

/** Every reference a flow makes must exist now; what it merely lacks makes it incomplete, not invalid. */
async function checkReferences(db: Db, accountId: number, def: FlowDefinition, known: KnownReferences) {
  const tags = await tagsByName(db, accountId);
  for (const [set, object] of Object.entries(TAG_OBJECT_OF) as [keyof ActivateFor, TagObject][]) {
    checkTagsApply(def.activateFor[set], object, `flow '${def.name}'`, tags, `activateFor/${set}`);
  }
  const profileFields = await customFieldDefinitions(db, accountId, 'profile_custom_field');
  checkFilters(def.filters, def.source, { event: await customFieldDefinitions(db, accountId, 'event_custom_field'), profile: profileFields });
  const seen = new Set<string>();
  def.destinations.forEach((d, i) => {
    const at = `destinations/${i}`;
    if (seen.has(d.name)) throw new HookflowError('HF_INVALID_VALUE', `${at}/name: destination '${d.name}' appears twice`, `${at}/name`);
    seen.add(d.name);
    if (d.connection && !known.connections.has(d.connection)) throw unknownReference(`${at}/connection`, 'connection', d.connection);
    for (const field of ['payloadMapping', 'headerMapping'] as const) {
      const mapping = d[field];
      if (mapping && !known.mappings.has(mapping)) throw unknownReference(`${at}/${field}`, 'mapping', mapping);
    }
    checkWriteBack(d.writeBack ?? [], def.source, profileFields, at);
  });
}

/** A write-back names profile custom fields that exist, on a flow about registrations (an event has no person to write to). */
function checkWriteBack(rules: readonly WriteBackRule[], source: FlowSource | null, profileFields: ReadonlyMap<string, unknown>, at: string) {
  rules.forEach((rule, i) => {
    const path = `${at}/writeBack/${i}`;
    if (isEventLevel(source)) throw new HookflowError('HF_INVALID_VALUE', `${path}: ${eventLevelFlow(source)} has no registration to write back to`, path);
    if (!profileFields.has(rule.to.customField)) throw unknownReference(`${path}/to/customField`, 'profile custom field', rule.to.customField);
  });
}

/** Creates or replaces a flow; a real change bumps its version. Takes effect for the next change processed. */
export async function upsertFlow(db: Db, accountId: number, def: FlowDefinition, at: string) {
  const known = await knownReferences(db, accountId);
  await checkReferences(db, accountId, def, known);
  const existing = await db.selectFrom('flows').selectAll().where('account_id', '=', accountId).where('name', '=', def.name).executeTakeFirst();
  const { active, ...definition } = def;
  if (!existing) {
    const { id } = await db
      .insertInto('flows')
      .values({ account_id: accountId, name: def.name, version: 1, active: active ? 1 : 0, definition: toJson(definition), created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { flow: describeFlow({ ...def, id, version: 1 }, known), created: true };
  }
  const before = toFlow(existing);
  const unchanged = isDeepStrictEqual({ ...before, id: 0, version: 0 }, { ...def, id: 0, version: 0 });
  const version = unchanged ? before.version : before.version + 1;
  if (!unchanged) {
    await db.updateTable('flows').set({ version, active: active ? 1 : 0, definition: toJson(definition), updated_at: at }).where('id', '=', existing.id).execute();
  }
  return { flow: describeFlow({ ...def, id: existing.id, version }, known), created: false };
}

export async function setFlowActive(db: Db, accountId: number, name: string, active: boolean, at: string) {
  const flow = await getFlow(db, accountId, name);
  return upsertFlow(db, accountId, { ...flow, active }, at);
}

export async function deleteFlow(db: Db, accountId: number, name: string) {
  const result = await db.deleteFrom('flows').where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('flow', name);
}
