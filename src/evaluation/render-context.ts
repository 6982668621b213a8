import type { CatalogKind } from '../domain/catalog.js';
import type { ChangeFields } from '../domain/changes.js';
import type { Situation } from '../flows/evaluate.js';
import type { RenderContext } from '../mapping/index.js';
import type { AccountConfig } from './account-config.js';

/**
 * The context a mapping renders from, for one change: the data as the change recorded it, the
 * tagging and question texts as they are now.
 */
export function renderContext(
  config: AccountConfig,
  flowName: string,
  { event, registration, session }: Pick<Situation, 'event' | 'registration' | 'session'>,
  change?: ChangeFields<'kind' | 'after' | 'createdAt'>,
): RenderContext {
  const { tags } = config;
  const ctx: RenderContext = {
    account: { code: config.account.code },
    flow: { name: flowName },
    event: { ...event, customFieldTags: config.customFieldTags('event_custom_field') },
    eventQuestions: config.entriesOf('question', event.code).map((q) => ({ code: q.code, text: questionText(q), tag: q.tags[0] ?? null })),
  };
  if (registration) {
    const questions = new Map(config.entriesOf('question', event.code).map((q) => [q.code, q]));
    ctx.registration = {
      code: registration.code,
      status: registration.status,
      statusName: entryName(config, 'registration_status', event.code, registration.status),
      statusTags: tags.registrationStatus(event.code, registration.status),
      attendeeType: registration.attendeeType,
      attendeeTypeName: registration.attendeeType === null ? null : entryName(config, 'attendee_type', event.code, registration.attendeeType),
      attendeeTypeTags: tags.attendeeType(event.code, registration.attendeeType),
      isTest: registration.isTest,
      createdAt: change?.kind === 'registration.created' ? change.createdAt : null,
      updatedAt: change?.createdAt ?? null,
      properties: registration.properties,
      propertyTags: tags.registrationProperties(event.code, registration.properties, registration.isTest),
    };
    ctx.profile = registration.profile;
    ctx.postback = registration.postback ?? {};
    ctx.answers = Object.entries(registration.answers)
      .filter(([, answer]) => answer !== null)
      .map(([code, answer]) => {
        const q = questions.get(code);
        return { questionCode: code, questionText: q ? questionText(q) : code, tag: q?.tags[0] ?? null, answer };
      });
  }
  if (change?.kind === 'session_registration.status_changed') {
    const s = change.after;
    ctx.sessionRegistration = { sessionCode: s.sessionCode, sessionName: session?.name ?? s.sessionCode, status: s.status, statusTags: tags.sessionRegistrationStatus(s.status) };
  } else if (session) {
    const { eventCode: _event, ...fields } = session;
    ctx.session = { ...fields, customFieldTags: config.customFieldTags('session_custom_field') };
  }
  return ctx;
}

/** An entry's name: the event's own entry first (custom statuses), then the account's (standard); its code if it is gone. */
function entryName(config: AccountConfig, kind: CatalogKind, eventCode: string, code: string): string {
  const named = (scope: string | null) => config.entries.find((e) => e.kind === kind && e.eventCode === scope && e.code === code);
  return (named(eventCode) ?? named(null))?.name ?? code;
}

const questionText = (q: { name: string; attributes: Record<string, unknown> }) => (typeof q.attributes.text === 'string' ? q.attributes.text : q.name);
