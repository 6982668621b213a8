import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ApiError, api, ok } from '../../api/client';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/field';
import { ConfirmDelete } from '../../components/confirm-delete';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/notice';
import { Page } from '../../components/page';
import { formatTime } from '../../format';
import { AuthFields, type Errors } from './auth-fields';
import { type Connection, type ConnectionForm, NEW_CONNECTION, type Secret, type StoredSecrets, type TestResult, bodyOf, fieldOfError, formOf, isKept } from './connection-form';
import { SecretField } from './secret-field';
import { TestOutcome } from './test-result';
import './connections.css';

const AUTH_TYPES = [
  { value: 'none', label: 'Open / No Auth' },
  { value: 'basic', label: 'Basic Authentication' },
  { value: 'api_key', label: 'API Key / Token' },
  { value: 'oauth2', label: 'OAuth2' },
] as const;

const TOKENS_HINT = 'The endpoint Hookflow sends data to. Its path and query may hold tokens such as [registration.code] or [profile.email], filled in (URL-encoded) from each registration; Save & Test sends them as written.';

/** What the last save left, kept in the query cache so it outlives the page's reload from the saved answer. */
interface Outcome {
  savedAt: string;
  test: TestResult | null;
}
const outcomeKey = (name: string) => ['connections', name, 'outcome'];

/** Connection Setup: `/connections/new`, or a saved connection by name. */
export default function ConnectionSetup() {
  const { name } = useParams<{ name?: string }>();
  const connection = useQuery({ queryKey: ['connections', name], queryFn: () => ok(api.GET('/v1/connections/{name}', { params: { path: { name: name! } } })), enabled: !!name });
  if (!name) return <ConnectionEditor initial={{ form: NEW_CONNECTION, stored: { authType: null, grantType: null, set: {} } }} />;
  if (connection.isPending) return <Loading />;
  if (connection.error) return <ErrorNotice error={connection.error} />;
  // A save reloads the form from the saved connection: the secrets typed are gone, "Set" shows.
  return <ConnectionEditor key={connection.data.updatedAt} saved={connection.data} initial={formOf(connection.data)} />;
}

function ConnectionEditor({ initial, saved }: { initial: { form: ConnectionForm; stored: StoredSecrets }; saved?: Connection }) {
  const [form, setForm] = useState(initial.form);
  const { stored } = initial;
  const queries = useQueryClient();
  const [, navigate] = useLocation();
  const name = saved?.name ?? form.name.trim();
  const outcome = useQuery<Outcome | null>({ queryKey: outcomeKey(name), queryFn: () => null, staleTime: Infinity, enabled: !!saved });

  const save = useMutation({
    mutationFn: async (andTest: boolean): Promise<Outcome & { connection: Connection }> => {
      const connection = await ok(api.PUT('/v1/connections/{name}', { params: { path: { name } }, body: bodyOf(form) }));
      const test = andTest ? await ok(api.POST('/v1/connections/{name}/test', { params: { path: { name } } })) : null;
      return { connection, savedAt: connection.updatedAt, test };
    },
    onSuccess: ({ connection, ...result }) => {
      queries.setQueryData(outcomeKey(name), result);
      queries.setQueryData(['connections', name], connection);
      void queries.invalidateQueries({ queryKey: ['connections'], exact: true });
      if (!saved) navigate(`/connections/${encodeURIComponent(name)}`, { replace: true });
    },
  });
  const remove = useMutation({
    mutationFn: () => ok(api.DELETE('/v1/connections/{name}', { params: { path: { name } } })),
    onSuccess: () => {
      queries.removeQueries({ queryKey: ['connections', name] });
      void queries.invalidateQueries({ queryKey: ['connections'] });
      navigate('/connections');
    },
  });

  const set = <K extends keyof ConnectionForm>(key: K, value: ConnectionForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setSecret = (secret: Secret, value: string) => setForm((f) => ({ ...f, secrets: { ...f.secrets, [secret]: value } }));
  const errors = errorsOf(save.error);
  const unplaced = save.error && Object.keys(errors).length === 0 ? save.error : null;
  const submit = (andTest: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    save.mutate(andTest);
  };
  const part = { form, set, setSecret, stored, errors };

  return (
    <Page title={saved ? `Connection: ${saved.name}` : 'New connection'} actions={<Link href="/connections" className="button">Back to connections</Link>}>
      <form className="connection-setup" onSubmit={submit(true)} noValidate>
        <section className="card" aria-labelledby="conn-general">
          <h2 id="conn-general">Connection</h2>
          <div className="grid">
            <SelectField label="Target" value={form.target} onChange={(v) => set('target', v as ConnectionForm['target'])} options={[{ value: 'webhook', label: 'Webhook' }, { value: 'advanced_webhook', label: 'Advanced Webhook' }]} />
            {saved ? (
              <div className="field">
                <span className="label">Connection name</span>
                <span className="readonly">{saved.name}</span>
              </div>
            ) : (
              <TextField label="Connection name" value={form.name} onChange={(v) => set('name', v)} hint="Your own choice, e.g. the application's name." required />
            )}
            <SelectField label="Authentication type" value={form.authType} onChange={(v) => set('authType', v as ConnectionForm['authType'])} options={AUTH_TYPES} error={errors.authType} />
          </div>
        </section>

        <section className="card" aria-labelledby="conn-request">
          <h2 id="conn-request">Request</h2>
          <TextField label="URL" type="url" value={form.url} onChange={(v) => set('url', v)} error={errors.url} hint={TOKENS_HINT} placeholder="https://" required />
          <div className="grid">
            <SelectField label="Content type" value={form.contentType} onChange={(v) => set('contentType', v as ConnectionForm['contentType'])} options={[{ value: 'application/json', label: 'application/json' }, { value: 'application/x-www-form-urlencoded', label: 'x-www-form-urlencoded' }]} error={errors.contentType} />
            <SelectField label="Request method" value={form.method} onChange={(v) => set('method', v as ConnectionForm['method'])} options={[{ value: 'POST', label: 'POST' }, { value: 'GET', label: 'GET' }]} error={errors.method} />
            <TextField label="Timeout (ms)" type="number" value={form.timeoutMs} onChange={(v) => set('timeoutMs', v)} error={errors.timeoutMs} hint="100 to 60000." />
          </div>
          <TextAreaField
            label="Custom headers"
            rows={3}
            value={form.headers}
            onChange={(v) => set('headers', v)}
            error={errors.headers}
            placeholder={'X-Lead-Email: [profile.email]'}
            hint="One per line, Name: value; tokens too. Shown as typed, so keep credentials under Authentication."
          />
        </section>

        <section className="card" aria-labelledby="conn-auth">
          <h2 id="conn-auth">Authentication: {AUTH_TYPES.find((t) => t.value === form.authType)?.label}</h2>
          <AuthFields {...part} />
        </section>

        <details className="card delivery-settings">
          <summary>Delivery settings</summary>
          <div className="grid">
            <TextField label="Requests at once" type="number" value={form.maxConcurrent} onChange={(v) => set('maxConcurrent', v)} error={errors.maxConcurrent} hint="A slow target holds only these." />
            <TextField label="Requests per second" type="number" value={form.requestsPerSecond} onChange={(v) => set('requestsPerSecond', v)} error={errors.requestsPerSecond} hint="Blank: no limit." />
            <TextField label="Automatic retries" type="number" value={form.maxRetries} onChange={(v) => set('maxRetries', v)} error={errors.maxRetries} hint="0 to 10, after a failure." />
            <SecretField label="Signing secret" value={form.secrets.signingSecret} onChange={(v) => setSecret('signingSecret', v)} kept={isKept('signingSecret', form, stored)} error={errors.signingSecret} hint="whsec_…; generated when blank." />
          </div>
          <CheckboxField label="Follow redirects" checked={form.followRedirects} onChange={(v) => set('followRedirects', v)} />
        </details>

        <div className="form-actions" aria-live="polite">
          <button type="submit" className="primary" disabled={save.isPending || !name}>
            Save &amp; Test
          </button>
          <button type="button" disabled={save.isPending || !name} onClick={submit(false)}>
            Save
          </button>
          {save.isPending && <span className="loading">{save.variables ? 'Saving and testing…' : 'Saving…'}</span>}
          {saved && <ConfirmDelete what={`connection ${saved.name}`} onDelete={() => remove.mutate()} pending={remove.isPending} />}
        </div>
        {unplaced && <ErrorNotice error={unplaced} />}
        {save.error && !unplaced && <ErrorNotice error={new Error('Not saved: see the fields marked above.')} />}
        {remove.error && <ErrorNotice error={remove.error} />}
        {!save.isPending && !save.error && outcome.data && (
          <>
            <SuccessNotice>Saved {formatTime(outcome.data.savedAt)}.</SuccessNotice>
            {outcome.data.test && <TestOutcome result={outcome.data.test} />}
          </>
        )}
      </form>
    </Page>
  );
}

/** The API's message beside the field it names (`body/auth/password is required`). */
function errorsOf(error: unknown): Errors {
  if (!(error instanceof ApiError)) return {};
  const errors: Errors = {};
  const messages = error.message.split('; ');
  for (const message of messages) {
    const field = fieldOfError(messages.length === 1 ? error.field : undefined, message);
    if (field) errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  }
  return errors;
}
