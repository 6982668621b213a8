/**
 * The names of every source a mapping can read, with the labels the guide's source picker shows.
 * The ids are dotted paths so they read like the data (`profile.firstName`), and the types below
 * spell them out so a typed builder is checked by the compiler.
 */

type Labelled<K extends string> = readonly (readonly [K, string])[];

export const PROFILE_FIELDS = [
  ['code', 'Profile Code'], ['firstName', 'First Name'], ['lastName', 'Last Name'], ['email', 'Email'], ['position', 'Position'],
  ['organization', 'Organization'], ['phone', 'Phone'], ['addressLine1', 'Address Line 1'], ['addressLine2', 'Address Line 2'],
  ['city', 'City'], ['state', 'State'], ['postalCode', 'Postal Code'], ['country', 'Country'],
] as const satisfies Labelled<string>;

export const EVENT_FIELDS = [
  ['code', 'Event Code'], ['name', 'Event Name'], ['status', 'Event Status'], ['startDate', 'Start Date'], ['endDate', 'End Date'],
  ['location', 'Location'], ['timezone', 'Time Zone'], ['description', 'Description'], ['isTest', 'Test Event'],
] as const satisfies Labelled<string>;

export const REGISTRATION_FIELDS = [
  ['code', 'Registration Code'], ['status', 'Registration Status'], ['statusName', 'Registration Status Name'],
  ['attendeeType', 'Attendee Type'], ['attendeeTypeName', 'Attendee Type Name'], ['isTest', 'Test'],
  ['createdAt', 'Created'], ['updatedAt', 'Updated'],
] as const satisfies Labelled<string>;

/** The properties every registration has; accounts add their own codes. */
export const STANDARD_PROPERTIES = [
  ['complete', 'Complete'], ['badge_printed', 'Badge Printed'], ['on_to_do_list', 'On To Do List'], ['invoice_generated', 'Invoice Generated'], ['test', 'Test'],
] as const satisfies Labelled<string>;

export const TAG_SOURCES = [
  ['event.tags', 'Event Tags'],
  ['registration.statusTags', 'Registration Status Tags'],
  ['registration.propertyTags', 'Registration Property Tags'],
  ['registration.attendeeTypeTags', 'Attendee Type Tags'],
] as const satisfies Labelled<string>;

export const SESSION_FIELDS = [
  ['session.code', 'Session Code'], ['session.name', 'Session Name'], ['session.status', 'Session Registration Status'], ['session.statusTags', 'Session Registration Status Tags'],
] as const satisfies Labelled<string>;

/** A session's own fields, on a session's change (`session.code` and `session.name` read it too). */
export const SESSION_RECORD_FIELDS = [
  ['startsAt', 'Session Start'], ['endsAt', 'Session End'], ['location', 'Session Location'],
] as const satisfies Labelled<string>;

export const MACROS = [
  ['macro.now', 'Current Date and Time (ISO 8601)'],
  ['macro.nowFormatted', 'Current Date and Time (formatted)'],
  ['macro.today', 'Current Date'],
  ['macro.uuid', 'Unique Id'],
] as const satisfies Labelled<string>;

/** The lists an array can iterate (the guide's "Array/List supported fields"). */
export const LIST_SOURCE_LABELS = [
  ['registration.questions', 'Registration Question List'],
  ['event.questions', 'Event Question List'],
] as const satisfies Labelled<string>;

/** What each item of a list source offers. */
export const ITEM_FIELDS = [
  ['name', 'Question Name'], ['code', 'Question Code'], ['answer', 'Question Answer'],
] as const satisfies Labelled<string>;

type Key<T extends Labelled<string>> = T[number][0];

export type ListSourceId = Key<typeof LIST_SOURCE_LABELS>;
export type ItemSourceId = `item.${Key<typeof ITEM_FIELDS>}`;

export type SourceId =
  | `profile.${Key<typeof PROFILE_FIELDS>}`
  | `profile.custom.${string}`
  | `registration.${Key<typeof REGISTRATION_FIELDS>}`
  | `registration.property.${string}`
  | `questionTag.${string}.question`
  | `questionTag.${string}.answer`
  | 'account.code'
  | `event.${Key<typeof EVENT_FIELDS>}`
  | `event.custom.${string}`
  | `postback.${string}`
  | Key<typeof TAG_SOURCES>
  | Key<typeof SESSION_FIELDS>
  | `session.${Key<typeof SESSION_RECORD_FIELDS>}`
  | `session.custom.${string}`
  | `sessionFieldByTag.${string}`
  | `eventFieldByTag.${string}`
  | 'flow.name'
  | Key<typeof MACROS>
  | ItemSourceId;
