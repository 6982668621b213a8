import type { Clock } from '../domain/clock.js';
import { HookflowError } from '../domain/errors.js';
import { REPROCESSABLE } from '../domain/postback.js';
import type { Tags } from '../domain/postback-tags.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { sourceById } from '../store/inbound-sources.js';
import { fromJson, toJson } from '../store/json.js';
import { type PostbackView, findPostbackRow, originalOf, stateOf, toView } from '../store/postbacks.js';
import type { Db } from '../store/schema.js';
import { judge } from './judge.js';
import { credentialsContext } from './receive.js';

/**
 * Processes a postback again with its source as it is now: one refused for its verification is
 * checked again (its stored body and sealed credentials, as of the time it arrived), one held,
 * expired or unmatched is matched again, with a fresh hold. Either way, once accepted the runner
 * attaches it. Refuses (409) the others: they were attached, or their body cannot change.
 */
export async function reprocessPostback(o: { db: Db; box: SecretBox; clock: Clock }, accountId: number, id: number): Promise<PostbackView> {
  const row = await findPostbackRow(o.db, accountId, id);
  const state = stateOf(row);
  if (!REPROCESSABLE(state)) {
    const what = state.outcome === 'rejected' ? `rejected as ${state.cause.replaceAll('_', ' ')}` : state.outcome;
    throw new HookflowError('HF_CONFLICT', `postback ${id} is ${what}: only one whose verification failed, or one held, expired or unmatched, can be processed again`);
  }
  const source = await sourceById(o.db, o.box, accountId, row.source_id);
  if (!source) throw new HookflowError('HF_CONFLICT', `postback ${id}'s source '${row.source}' no longer exists`);
  const now = o.clock.now();
  const holdUntil = new Date(now.getTime() + source.holdMs).toISOString();
  let update;
  if (state.outcome === 'rejected') {
    const hidden = row.sealed_credentials ? (o.box.open(row.sealed_credentials, credentialsContext(accountId, row.source_id)) as Record<string, string>) : {};
    const judged = judge(source, { ...fromJson<Record<string, string>>(row.headers), ...hidden }, Buffer.from(row.body, 'utf8'), row.content_type ?? undefined, Date.parse(row.received_at));
    const original = judged.accepted && judged.dedupeKey !== null ? await originalOf(o.db, row.source_id, judged.dedupeKey) : null;
    if (!judged.accepted) update = { cause: judged.cause, detail: `processed again at ${now.toISOString()}: ${judged.detail}` };
    else if (original !== null) update = { cause: 'duplicate' as const, detail: `processed again: a duplicate of postback ${original}` };
    else {
      update = { outcome: 'accepted' as const, cause: null, detail: null, dedupe_key: judged.dedupeKey, tags: toJson(judged.tags), match_by: source.match.by, match_value: judged.matchValue, hold_until: holdUntil };
    }
  } else {
    const value = fromJson<Tags>(row.tags ?? '{}')[source.match.path]?.trim();
    update = { outcome: 'accepted' as const, detail: null, match_by: source.match.by, match_value: value ? value : null, hold_until: holdUntil, processed_at: null };
  }
  await o.db.updateTable('postbacks').set(update).where('id', '=', id).execute();
  return toView(await findPostbackRow(o.db, accountId, id));
}
