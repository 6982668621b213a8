import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { DataTable } from '../../components/table';
import { TAGGABLE, type Tag } from './taggable-kinds';
import { TagForm } from './tag-form';
import { Tagging } from './tagging';
import './tags.css';

/** `/tags`: the account's tags with the objects each applies to, and their application to those objects. */
export default function TagsPage() {
  const tags = useQuery({ queryKey: ['tags'], queryFn: () => ok(api.GET('/v1/tags')) });
  const [editing, setEditing] = useState<Tag | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [news, setNews] = useState('');
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: (name: string) => ok(api.DELETE('/v1/tags/{name}', { params: { path: { name } } })),
    onSuccess: (_none, name) => {
      setNews(`Tag '${name}' deleted.`);
      return queries.invalidateQueries({ queryKey: ['tags'] });
    },
  });
  const [confirming, setConfirming] = useState<string | null>(null);

  const edit = (tag: Tag | null) => {
    setEditing(tag);
    setFormKey((k) => k + 1);
  };
  const done = (saved: Tag | null) => {
    if (saved) setNews(`Tag '${saved.name}' saved.`);
    edit(null);
  };

  return (
    <Page title="Tags">
      <p className="lede">Tags label statuses, properties, attendee types, events and questions across every event. Flows activate for tags, not for the statuses themselves.</p>
      {news && <SuccessNotice>{news}</SuccessNotice>}
      {remove.error && <ErrorNotice error={remove.error} />}
      <section aria-labelledby="account-tags">
        <h2 id="account-tags">Account tags</h2>
        {tags.isPending ? (
          <Loading />
        ) : tags.error ? (
          <ErrorNotice error={tags.error} />
        ) : (
          <DataTable
            caption="Account tags"
            rows={tags.data.tags}
            rowKey={(t) => t.name}
            empty="No tags yet: add one below."
            columns={[
              { header: 'Name', cell: (t) => <strong>{t.name}</strong> },
              { header: 'Label', cell: (t) => t.label },
              {
                header: 'Applies to',
                cell: (t) => (
                  <span className="objects">
                    {t.objects.map((o) => (
                      <StatusBadge key={o} status="neutral" label={TAGGABLE[o].label} />
                    ))}
                  </span>
                ),
              },
              {
                header: 'Actions',
                cell: (t) =>
                  t.system ? (
                    <span className="hint">Automatic</span>
                  ) : confirming === t.name ? (
                    <span className="row-actions">
                      <button type="button" className="danger" onClick={() => remove.mutate(t.name, { onSettled: () => setConfirming(null) })}>
                        Delete '{t.name}'
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </span>
                  ) : (
                    <span className="row-actions">
                      <button type="button" aria-label={`Edit tag ${t.name}`} onClick={() => edit(t)}>
                        Edit
                      </button>
                      <button type="button" className="danger" aria-label={`Delete tag ${t.name}`} onClick={() => setConfirming(t.name)}>
                        Delete
                      </button>
                    </span>
                  ),
              },
            ]}
          />
        )}
        <TagForm key={formKey} editing={editing} existing={(tags.data?.tags ?? []).map((t) => t.name)} onDone={done} />
      </section>
      {tags.data && <Tagging tags={tags.data.tags} />}
    </Page>
  );
}
