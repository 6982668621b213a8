import { describe, expect, it } from 'vitest';
import { type CustomFieldDefinition, CUSTOM_FIELD_TYPES, checkCustomFields, isEnumerated } from '../../src/domain/custom-fields.js';
import { HookflowError } from '../../src/domain/errors.js';

const def = (code: string, type: CustomFieldDefinition['type'], options: string[] = []): [string, CustomFieldDefinition] => [code, { code, type, options }];
const defs = new Map([
  def('notes', 'text'),
  def('industry', 'select', ['Tech', 'Health']),
  def('size', 'radio', ['S', 'M']),
  def('regions', 'multi_select', ['EMEA', 'APAC']),
  def('consents', 'checkbox', ['email', 'sms']),
]);
const check = (values: Record<string, unknown>) => () => checkCustomFields(values as never, defs, 'customFields');
const problem = (values: Record<string, unknown>) => {
  try {
    check(values)();
  } catch (e) {
    if (e instanceof HookflowError) return [e.code, e.field, e.message];
  }
  return null;
};

describe('custom field values', () => {
  it('knows five types, all but text enumerated', () => {
    expect(CUSTOM_FIELD_TYPES).toEqual(['text', 'select', 'multi_select', 'checkbox', 'radio']);
    expect(CUSTOM_FIELD_TYPES.filter(isEnumerated)).toEqual(['select', 'multi_select', 'checkbox', 'radio']);
  });

  it('accepts values of the right shape among the allowed ones, and returns them', () => {
    const values = { notes: 'anything at all', industry: 'Tech', size: 'M', regions: ['EMEA', 'APAC'], consents: [] };
    expect(checkCustomFields(values, defs, 'customFields')).toBe(values);
  });

  it('accepts null for any field: it clears the value', () => {
    expect(check({ notes: null, industry: null, regions: null })).not.toThrow();
  });

  it('refuses a field that is not defined', () => {
    expect(problem({ budget: '1' })).toEqual(['HF_UNKNOWN_REFERENCE', 'customFields/budget', "customFields/budget: custom field 'budget' does not exist"]);
  });

  it('refuses a single value for a multi-select or checkbox field, and a list for the others', () => {
    expect(problem({ regions: 'EMEA' })).toEqual(['HF_INVALID_VALUE', 'customFields/regions', 'customFields/regions: a multi_select field takes a list of values']);
    expect(problem({ consents: 'sms' })).toEqual(['HF_INVALID_VALUE', 'customFields/consents', 'customFields/consents: a checkbox field takes a list of values']);
    expect(problem({ industry: ['Tech'] })).toEqual(['HF_INVALID_VALUE', 'customFields/industry', 'customFields/industry: a select field takes a single text value']);
    expect(problem({ notes: 3 })).toEqual(['HF_INVALID_VALUE', 'customFields/notes', 'customFields/notes: a text field takes a single text value']);
    expect(problem({ size: ['S'] })?.[2]).toBe('customFields/size: a radio field takes a single text value');
  });

  it('refuses a value outside the allowed ones, listing them', () => {
    expect(problem({ industry: 'Mining' })).toEqual(['HF_INVALID_VALUE', 'customFields/industry', "customFields/industry: 'Mining' is not one of the allowed values (Tech, Health)"]);
    expect(problem({ size: 'XL' })?.[2]).toBe("customFields/size: 'XL' is not one of the allowed values (S, M)");
    expect(problem({ regions: ['EMEA', 'MARS'] })?.[2]).toBe("customFields/regions: 'MARS' is not one of the allowed values (EMEA, APAC)");
    expect(problem({ consents: ['post'] })?.[2]).toBe("customFields/consents: 'post' is not one of the allowed values (email, sms)");
  });
});
