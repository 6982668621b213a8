import { describe, expect, it } from 'vitest';
import { pathKeys, readWriteBack } from '../../src/domain/write-back.js';

const rule = (from: string, customField: string) => ({ from, to: { customField } });

describe('reading a write-back from an answer', () => {
  it("takes each rule's field by dot path or JSON pointer, numbers and lists written as text", () => {
    const body = JSON.stringify({ id: 'L-42', data: { score: 87, tags: ['hot', 1], 'a/b': true }, items: [{ id: 'first' }] });
    const read = readWriteBack([rule('id', 'lead'), rule('data.score', 'score'), rule('/data/tags', 'tags'), rule('/data/a~1b', 'flag'), rule('items.0.id', 'item')], body);
    expect(read).toEqual({ customFields: { lead: 'L-42', score: '87', tags: ['hot', '1'], flag: 'true', item: 'first' }, notes: [] });
  });

  it('notes an answer that is not JSON, once, saying how it begins', () => {
    expect(readWriteBack([rule('id', 'lead'), rule('score', 'score')], 'OK, thanks')).toEqual({ customFields: {}, notes: ['write-back skipped: the answer is not JSON (it begins "OK, thanks")'] });
    expect(readWriteBack([rule('id', 'lead')], '').notes).toEqual(['write-back skipped: the answer is not JSON (it is empty)']);
  });

  it('notes a field missing or holding an object, and still writes the others', () => {
    const read = readWriteBack([rule('id', 'lead'), rule('lead.status', 'status'), rule('data', 'data')], '{"id":7,"data":{"x":1}}');
    expect(read.customFields).toEqual({ lead: '7' });
    expect(read.notes).toEqual([
      "write-back to custom field 'status' skipped: the answer's 'lead.status' is missing",
      "write-back to custom field 'data' skipped: the answer's 'data' is an object, not a value",
    ]);
  });

  it('clears a field the answer says is null, and reads nothing without rules', () => {
    expect(readWriteBack([rule('id', 'lead')], '{"id":null}').customFields).toEqual({ lead: null });
    expect(readWriteBack([], 'not json')).toEqual({ customFields: {}, notes: [] });
  });

  it("splits a JSON pointer's escapes and a dotted path's dots", () => {
    expect(pathKeys('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
    expect(pathKeys('a.b.0')).toEqual(['a', 'b', '0']);
  });
});
