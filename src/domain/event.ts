import { isDeepStrictEqual } from 'node:util';
import type { ChangeOf } from './change-kinds.js';
import type { CustomFieldValues } from './custom-fields.js';
import { mergeDefined } from './merge.js';

export const EVENT_STANDARD_FIELDS = ['startDate', 'endDate', 'location', 'timezone', 'description'] as const;
export type EventStandardField = (typeof EVENT_STANDARD_FIELDS)[number];

export type EventSnapshot = {
  code: string;
  name: string;
  isTest: boolean;
  status: string;
  customFields: CustomFieldValues;
  tags: string[];
} & Record<EventStandardField, string | null>;

export type EventInput = Partial<Omit<EventSnapshot, 'code'>>;

const newEvent = (code: string): EventSnapshot => ({
  code,
  name: code,
  isTest: false,
  status: 'planning',
  customFields: {},
  tags: [],
  startDate: null,
  endDate: null,
  location: null,
  timezone: null,
  description: null,
});

/** The event after an upsert; references (status, tags, custom fields) are checked by the caller. */
export function applyEvent(existing: EventSnapshot | null, code: string, input: EventInput): EventSnapshot {
  const base = existing ?? newEvent(code);
  const merged = mergeDefined<EventSnapshot>(base, input);
  if (input.customFields) merged.customFields = { ...base.customFields, ...input.customFields };
  return merged;
}

export function eventChange(before: EventSnapshot | null, after: EventSnapshot): EventChange | null {
  if (before && isDeepStrictEqual(before, after)) return null;
  return {
    kind: before ? 'event.updated' : 'event.created',
    subjectCode: after.code,
    eventCode: after.code,
    before,
    after,
    isTest: after.isTest,
  };
}

/** A change to this kind of record, with its snapshots. */
export type EventChange = ChangeOf<'event.created' | 'event.updated', EventSnapshot>;
