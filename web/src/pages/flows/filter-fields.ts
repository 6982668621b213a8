import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import type { Option } from '../../components/field';
import type { FlowSource, TagObject } from './flow-draft';

/** A field a flow can filter on, with the values it can take when they are known (for a picker). */
export interface FilterField {
  id: string;
  label: string;
  choices?: Option[];
}

type Tag = { name: string; label: string; objects: TagObject[] };

/** Free-text custom fields cannot filter a flow: only enumerated ones, whose allowed values are known. */
const ENUMERATED = ['select', 'multi_select', 'checkbox', 'radio'];

/**
 * The three filter types of the guide: Event fields (standard, custom, tags), Profile fields
 * (standard, custom) and Attendee Type tags. Standard fields and their labels come from the
 * mapping sources; custom fields from the catalogue, with their allowed values.
 */
export function useFilterFields(source: FlowSource | '', tags: Tag[]): FilterField[] {
  const sources = useQuery({ queryKey: ['mapping-sources'], queryFn: () => ok(api.GET('/v1/mapping-sources')) });
  const eventCustom = useQuery({ queryKey: ['catalog', 'event-custom-fields'], queryFn: () => ok(api.GET('/v1/event-custom-fields')) });
  const profileCustom = useQuery({ queryKey: ['catalog', 'profile-custom-fields'], queryFn: () => ok(api.GET('/v1/profile-custom-fields')) });
  const eventStatuses = useQuery({ queryKey: ['catalog', 'event-statuses'], queryFn: () => ok(api.GET('/v1/event-statuses')) });

  const tagChoices = (object: TagObject) => tags.filter((t) => t.objects.includes(object)).map((t) => ({ value: t.name, label: t.label }));
  const standard = (group: string, prefix: string) =>
    (sources.data?.sources ?? [])
      // "Test Event" is a yes/no the Live/Test switch already decides; the tags are offered with their choices below.
      .filter((s) => s.group === group && s.id !== 'event.isTest' && s.id !== 'event.tags' && new RegExp(`^${prefix}\\.(?!custom\\.)[A-Za-z]+$`).test(s.id))
      .map((s): FilterField => ({ id: s.id, label: `${prefix === 'event' ? 'Event' : 'Profile'}: ${s.label}`, ...(s.id === 'event.status' ? { choices: (eventStatuses.data?.entries ?? []).map((e) => ({ value: e.code, label: e.name })) } : {}) }));
  const custom = (entries: { code: string; name: string; attributes: { type?: string; options?: string[] } }[] | undefined, prefix: 'event' | 'profile') =>
    (entries ?? [])
      .filter((e) => ENUMERATED.includes(e.attributes.type ?? 'text'))
      .map((e): FilterField => ({ id: `${prefix}.custom.${e.code}`, label: `${prefix === 'event' ? 'Event' : 'Profile'} custom: ${e.name}`, choices: (e.attributes.options ?? []).map((o) => ({ value: o, label: o })) }));

  const event = [...standard('Event Standard Fields', 'event'), ...custom(eventCustom.data?.entries, 'event'), { id: 'event.tags', label: 'Event: Tags', choices: tagChoices('events') }];
  // An event or session flow has no person and no attendee type to look at.
  if (source === 'event_create_update' || source === 'session_create_update') return event;
  return [
    ...event,
    ...standard('Profile Standard Fields', 'profile'),
    ...custom(profileCustom.data?.entries, 'profile'),
    { id: 'attendeeType.tags', label: 'Attendee type tags', choices: tagChoices('attendee_types') },
  ];
}
