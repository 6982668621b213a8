import { expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('tags', (store) => {
  const api = useApi(store);

  it('creates a tag with a name, a label and the objects it may apply to', async () => {
    const created = await api.acme.put('/v1/tags/Invited', { label: 'Invited guests', objects: ['registration_statuses'] });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ name: 'Invited', label: 'Invited guests', objects: ['registration_statuses'], system: false });
    const again = await api.acme.put('/v1/tags/Invited', { label: 'Invited guests', objects: ['registration_statuses'] });
    expect(again.status).toBe(200);
    expect((await api.acme.get('/v1/tags/Invited')).body.label).toBe('Invited guests');
  });

  it('gives every account the automatic tags of the standard registration properties, read-only', async () => {
    const names = (await api.acme.get('/v1/tags')).body.tags.filter((t: any) => t.system).map((t: any) => t.name);
    expect(names.sort()).toEqual(['Badge Printed', 'Complete', 'Invoice Generated', 'On To Do List', 'Test']);
    const edit = await api.acme.put('/v1/tags/Complete', { objects: ['events'] });
    expect(edit.status).toBe(422);
    expect(edit.body.message).toContain("tag 'Complete' is automatic");
    expect((await api.acme.delete('/v1/tags/Complete')).status).toBe(422);
  });

  it('refuses to delete a tag still applied, naming where', async () => {
    await api.acme.put('/v1/tags/Gold', { objects: ['registration_statuses'] });
    await api.acme.put('/v1/registration-statuses/registered', { tags: ['Gold'] });
    const refused = await api.acme.delete('/v1/tags/Gold');
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/applied to registration status 'registered'/);
    const narrowed = await api.acme.put('/v1/tags/Gold', { objects: ['events'] });
    expect(narrowed.status).toBe(409);
    await api.acme.put('/v1/registration-statuses/registered', { tags: [] });
    expect((await api.acme.delete('/v1/tags/Gold')).status).toBe(204);
    expect((await api.acme.get('/v1/tags/Gold')).status).toBe(404);
  });

  it('accepts tag names with spaces in the path', async () => {
    expect((await api.acme.put('/v1/tags/Early%20Bird', { objects: ['registration_properties'] })).status).toBe(201);
    expect((await api.acme.get('/v1/tags/Early%20Bird')).body.name).toBe('Early Bird');
  });
});
