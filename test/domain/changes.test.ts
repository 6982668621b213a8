import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS } from '../../src/domain/changes.js';

describe('change kinds', () => {
  it('are the six writes a flow can watch', () => {
    expect(CHANGE_KINDS).toEqual([
      'registration.created', 'registration.updated', 'registration.status_changed', 'session_registration.status_changed', 'event.created', 'event.updated',
    ]);
  });
});
