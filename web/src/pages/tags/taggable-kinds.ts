import { api, ok } from '../../api/client';
import type { paths } from '../../api/schema';

export type TagObject = paths['/v1/tags']['get']['responses'][200]['content']['application/json']['tags'][number]['objects'][number];
export type Tag = paths['/v1/tags']['get']['responses'][200]['content']['application/json']['tags'][number];

/** Something tags are applied to: a status, a property, an attendee type, a question, a custom field, an event. */
export interface Taggable {
  code: string;
  name: string;
  tags: string[];
  /** A standard entry, defined for every account (its name cannot change, its tags can). */
  standard: boolean;
  /** A question's text. */
  detail?: string | undefined;
}

/**
 * Each kind of object a tag can apply to: where its entries live (the account, or one event) and
 * how its tags are read and written. `event` is the event chosen for the per-event kinds.
 */
export interface TaggableKind {
  object: TagObject;
  /** Plural, as the picker and the tag list say it. */
  label: string;
  /** 'event': entries exist per event; 'either': standard ones on the account, custom ones per event too. */
  scope: 'account' | 'event' | 'either';
  /** Questions take one tag at most: more would send their answer downstream twice. */
  single?: boolean;
  list: (event: string | null) => Promise<Taggable[]>;
  save: (event: string | null, code: string, tags: string[]) => Promise<unknown>;
}

type Entries = { entries: { code: string; name: string; tags: string[]; standard: boolean; attributes: { text?: string } }[] };
const entries = async (answer: Promise<Entries>): Promise<Taggable[]> =>
  (await answer).entries.map((e) => ({ code: e.code, name: e.name, tags: e.tags, standard: e.standard, detail: e.attributes.text }));
const need = (event: string | null) => {
  if (!event) throw new Error('choose an event first');
  return event;
};

export const TAGGABLE: Record<TagObject, TaggableKind> = {
  registration_statuses: {
    object: 'registration_statuses',
    label: 'Registration statuses',
    scope: 'either',
    list: (event) => entries(event ? ok(api.GET('/v1/events/{event}/registration-statuses', { params: { path: { event } } })) : ok(api.GET('/v1/registration-statuses'))),
    save: (event, code, tags) =>
      event
        ? ok(api.PUT('/v1/events/{event}/registration-statuses/{code}', { params: { path: { event, code } }, body: { tags } }))
        : ok(api.PUT('/v1/registration-statuses/{code}', { params: { path: { code } }, body: { tags } })),
  },
  session_registration_statuses: {
    object: 'session_registration_statuses',
    label: 'Session registration statuses',
    scope: 'account',
    list: () => entries(ok(api.GET('/v1/session-registration-statuses'))),
    save: (_event, code, tags) => ok(api.PUT('/v1/session-registration-statuses/{code}', { params: { path: { code } }, body: { tags } })),
  },
  event_statuses: {
    object: 'event_statuses',
    label: 'Event statuses',
    scope: 'account',
    list: () => entries(ok(api.GET('/v1/event-statuses'))),
    save: (_event, code, tags) => ok(api.PUT('/v1/event-statuses/{code}', { params: { path: { code } }, body: { tags } })),
  },
  registration_properties: {
    object: 'registration_properties',
    label: 'Registration properties',
    scope: 'event',
    list: (event) => entries(ok(api.GET('/v1/events/{event}/registration-properties', { params: { path: { event: need(event) } } }))),
    save: (event, code, tags) => ok(api.PUT('/v1/events/{event}/registration-properties/{code}', { params: { path: { event: need(event), code } }, body: { tags } })),
  },
  attendee_types: {
    object: 'attendee_types',
    label: 'Attendee types',
    scope: 'event',
    list: (event) => entries(ok(api.GET('/v1/events/{event}/attendee-types', { params: { path: { event: need(event) } } }))),
    save: (event, code, tags) => ok(api.PUT('/v1/events/{event}/attendee-types/{code}', { params: { path: { event: need(event), code } }, body: { tags } })),
  },
  questions: {
    object: 'questions',
    label: 'Questions',
    scope: 'event',
    single: true,
    list: (event) => entries(ok(api.GET('/v1/events/{event}/questions', { params: { path: { event: need(event) } } }))),
    save: (event, code, tags) => ok(api.PUT('/v1/events/{event}/questions/{code}', { params: { path: { event: need(event), code } }, body: { tags } })),
  },
  // Touchpoint: a tag on a custom field (`Touchpoint: Related Link`) marks the field a mapping reads by tag.
  event_custom_fields: {
    object: 'event_custom_fields',
    label: 'Event custom fields',
    scope: 'account',
    list: () => entries(ok(api.GET('/v1/event-custom-fields'))),
    save: (_event, code, tags) => ok(api.PUT('/v1/event-custom-fields/{code}', { params: { path: { code } }, body: { tags } })),
  },
  session_custom_fields: {
    object: 'session_custom_fields',
    label: 'Session custom fields',
    scope: 'account',
    list: () => entries(ok(api.GET('/v1/session-custom-fields'))),
    save: (_event, code, tags) => ok(api.PUT('/v1/session-custom-fields/{code}', { params: { path: { code } }, body: { tags } })),
  },
  events: {
    object: 'events',
    label: 'Events',
    scope: 'account',
    list: async () => (await ok(api.GET('/v1/events'))).events.map((e) => ({ code: e.code, name: e.name, tags: e.tags, standard: false })),
    save: (_event, code, tags) => ok(api.PUT('/v1/events/{code}', { params: { path: { code } }, body: { tags } })),
  },
};

/** The objects in the order the guide sets them up: statuses and properties first, for the flows. */
export const TAG_OBJECTS = Object.keys(TAGGABLE) as TagObject[];
