import { describe, expect, it } from 'vitest';
import { leadOf } from '../../src/domain/lead.js';

describe('Leads Created and Leads Updated, from the target’s answer', () => {
  it('by status: 201 Created is a new lead, any other success an update', () => {
    expect(leadOf({ from: 'status' }, { status: 201, body: '' })).toBe('created');
    expect(leadOf({ from: 'status' }, { status: 200, body: '' })).toBe('updated');
  });

  it('by a field of the JSON answer, and the values the destination names', () => {
    const rule = { from: 'field', path: 'result.action', created: ['inserted'], updated: ['merged', 'updated'] } as const;
    const rules = { ...rule, created: [...rule.created], updated: [...rule.updated] };
    expect(leadOf(rules, { status: 200, body: '{"result":{"action":"inserted"}}' })).toBe('created');
    expect(leadOf(rules, { status: 200, body: '{"result":{"action":"merged"}}' })).toBe('updated');
    expect(leadOf(rules, { status: 200, body: '{"result":{"action":"ignored"}}' })).toBeNull();
    expect(leadOf(rules, { status: 200, body: 'not json' })).toBeNull();
  });

  it('a destination that names no rule (a Slack message) counts no leads', () => {
    expect(leadOf(undefined, { status: 201, body: '' })).toBeNull();
  });
});
