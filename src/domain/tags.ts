import { HookflowError, unknownReference } from './errors.js';

/** The kinds of object a tag can be set up for ("Select the Object(s) to which the tag can apply"). */
export const TAG_OBJECTS = [
  'registration_statuses',
  'registration_properties',
  'attendee_types',
  'events',
  'questions',
  'session_registration_statuses',
  'event_statuses',
  'event_custom_fields',
  'session_custom_fields',
] as const;
export type TagObject = (typeof TAG_OBJECTS)[number];

export const TAG_OBJECT_LABEL: Record<TagObject, string> = {
  registration_statuses: 'registration statuses',
  registration_properties: 'registration properties',
  attendee_types: 'attendee types',
  events: 'events',
  questions: 'questions',
  session_registration_statuses: 'session registration statuses',
  event_statuses: 'event statuses',
  event_custom_fields: 'event custom fields',
  session_custom_fields: 'session custom fields',
};

export interface Tag {
  name: string;
  label: string;
  objects: TagObject[];
  /** Automatic tags (the standard registration properties) cannot be edited or deleted. */
  system: boolean;
}

/** The standard registration properties carry automatic tags with their own names. */
export const STANDARD_PROPERTY_TAGS = [
  { code: 'complete', name: 'Complete' },
  { code: 'badge_printed', name: 'Badge Printed' },
  { code: 'on_to_do_list', name: 'On To Do List' },
  { code: 'invoice_generated', name: 'Invoice Generated' },
  { code: 'test', name: 'Test' },
] as const;

/**
 * Checks that every named tag exists and is set up for `object`; returns the names unchanged.
 * `subject` names the thing being tagged, for the message ("attendee type 'SPK'").
 */
export function checkTagsApply(
  names: readonly string[],
  object: TagObject,
  subject: string,
  known: ReadonlyMap<string, Tag>,
  field = 'tags',
): string[] {
  names.forEach((name, i) => {
    const tag = known.get(name);
    if (!tag) throw unknownReference(`${field}/${i}`, 'tag', name);
    if (!tag.objects.includes(object)) {
      const setUpFor = tag.objects.map((o) => TAG_OBJECT_LABEL[o]).join(', ') || 'nothing';
      throw new HookflowError(
        'HF_TAG_NOT_APPLICABLE',
        `${field}/${i}: tag '${name}' cannot be applied to ${subject}: it is set up for ${setUpFor}, not ${TAG_OBJECT_LABEL[object]}`,
        `${field}/${i}`,
      );
    }
  });
  return [...new Set(names)];
}
