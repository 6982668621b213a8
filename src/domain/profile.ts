import type { CustomFieldDefinition, CustomFieldValues } from './custom-fields.js';
import { checkCustomFields } from './custom-fields.js';
import { mergeDefined } from './merge.js';

export const PROFILE_STANDARD_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'position',
  'organization',
  'phone',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'country',
] as const;
export type ProfileStandardField = (typeof PROFILE_STANDARD_FIELDS)[number];

export type ProfileSnapshot = { code: string; customFields: CustomFieldValues } & Record<
  ProfileStandardField,
  string | null
>;

export type ProfileInput = { code: string; customFields?: CustomFieldValues } & Partial<
  Record<ProfileStandardField, string | null>
>;

const emptyProfile = (code: string): ProfileSnapshot =>
  ({
    code,
    customFields: {},
    ...Object.fromEntries(PROFILE_STANDARD_FIELDS.map((f) => [f, null])),
  }) as ProfileSnapshot;

/** The profile after applying `input` to what is stored (or to an empty one). */
export function applyProfile(
  existing: ProfileSnapshot | null,
  input: ProfileInput,
  customFieldDefs: ReadonlyMap<string, CustomFieldDefinition>,
  field = 'profile',
): ProfileSnapshot {
  const base = existing ?? emptyProfile(input.code);
  const { customFields, ...standard } = input;
  const merged = mergeDefined(base, standard as Partial<ProfileSnapshot>);
  if (customFields) {
    checkCustomFields(customFields, customFieldDefs, `${field}/customFields`);
    merged.customFields = { ...base.customFields, ...customFields };
  }
  return merged;
}
