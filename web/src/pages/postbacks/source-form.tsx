import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, ok } from '../../api/client';
import type { paths } from '../../api/schema';
import { SelectField, TextField } from '../../components/field';
import { ErrorNotice, SuccessNotice } from '../../components/notice';

type Body = paths['/v1/inbound-sources/{name}']['put']['requestBody']['content']['application/json'];
type Kind = Body['verification']['type'];

const createSource = (name: string, body: Body) => ok(api.PUT('/v1/inbound-sources/{name}', { params: { path: { name } }, body }));

const KINDS: { value: Kind; label: string }[] = [
  { value: 'hmac', label: 'HMAC signature of the body' },
  { value: 'standard_webhooks', label: 'Standard Webhooks signature' },
  { value: 'basic', label: 'Basic authentication' },
  { value: 'api_key', label: 'API key in a header' },
  { value: 'none', label: 'None (anyone with the URL)' },
];

/** The settings each kind asks for, as the form holds them (text). */
interface Draft {
  secret: string;
  algorithm: string;
  encoding: string;
  header: string;
  prefix: string;
  timestampHeader: string;
  username: string;
  password: string;
  key: string;
}
const EMPTY: Draft = { secret: '', algorithm: 'sha256', encoding: 'hex', header: 'X-Signature', prefix: '', timestampHeader: '', username: '', password: '', key: '' };

/**
 * The verification the API takes, from the form: empty optional settings left out. (The API's
 * document describes each kind's fields by condition, which its generated type cannot follow:
 * hence the kinds spelt out here.)
 */
function verificationOf(kind: Kind, d: Draft): Body['verification'] & Record<string, string> {
  const optional = (k: 'prefix' | 'timestampHeader') => (d[k] ? { [k]: d[k] } : {});
  switch (kind) {
    case 'none':
      return { type: 'none' };
    case 'standard_webhooks':
      return { type: 'standard_webhooks', secret: d.secret };
    case 'hmac':
      return { type: 'hmac', secret: d.secret, algorithm: d.algorithm, encoding: d.encoding, header: d.header, ...optional('prefix'), ...optional('timestampHeader') };
    case 'basic':
      return { type: 'basic', username: d.username, password: d.password };
    case 'api_key':
      return { type: 'api_key', header: d.header, key: d.key };
  }
}

/** Adds an inbound source: its name, how calls are verified, and which registration a postback is for. */
export function SourceForm() {
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('hmac');
  const [draft, setDraft] = useState(EMPTY);
  const [by, setBy] = useState<'code' | 'email'>('code');
  const [path, setPath] = useState('registration_code');
  const [holdHours, setHoldHours] = useState('24');
  const set = (k: keyof Draft) => (v: string) => setDraft({ ...draft, [k]: v });
  const save = useMutation({
    mutationFn: () => createSource(name, { verification: verificationOf(kind, draft), match: { by, path }, holdSeconds: Math.round(Number(holdHours) * 3600) }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['inbound-sources'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    save.mutate();
  };
  const fieldError = (field: string) => (save.error instanceof ApiError && save.error.message.includes(field) ? save.error.message : undefined);
  return (
    <form className="card source-form" aria-labelledby="source-form-title" onSubmit={submit}>
      <h3 id="source-form-title">Add a source</h3>
      <div className="source-form-fields">
        <TextField label="Name" value={name} onChange={setName} required hint="e.g. the publisher's name" />
        <SelectField label="Verification" value={kind} onChange={(v) => setKind(v as Kind)} options={KINDS} />
        {(kind === 'hmac' || kind === 'standard_webhooks') && (
          <TextField label="Secret" type="password" autoComplete="off" value={draft.secret} onChange={set('secret')} required hint={kind === 'standard_webhooks' ? 'whsec_… as the sender has it' : undefined} error={fieldError('secret')} />
        )}
        {kind === 'hmac' && (
          <>
            <SelectField label="Algorithm" value={draft.algorithm} onChange={set('algorithm')} options={[{ value: 'sha256', label: 'SHA-256' }, { value: 'sha512', label: 'SHA-512' }]} />
            <SelectField label="Encoding" value={draft.encoding} onChange={set('encoding')} options={[{ value: 'hex', label: 'Hex' }, { value: 'base64', label: 'Base64' }]} />
            <TextField label="Signature header" value={draft.header} onChange={set('header')} required />
            <TextField label="Signature prefix" value={draft.prefix} onChange={set('prefix')} hint="e.g. sha256=; empty for none" />
            <TextField label="Timestamp header" value={draft.timestampHeader} onChange={set('timestampHeader')} hint="Optional: then <timestamp>.<body> is signed, and calls over 5 minutes old are refused" />
          </>
        )}
        {kind === 'basic' && (
          <>
            <TextField label="Username" value={draft.username} onChange={set('username')} required />
            <TextField label="Password" type="password" autoComplete="off" value={draft.password} onChange={set('password')} required />
          </>
        )}
        {kind === 'api_key' && (
          <>
            <TextField label="Key header" value={draft.header} onChange={set('header')} required />
            <TextField label="Key" type="password" autoComplete="off" value={draft.key} onChange={set('key')} required />
          </>
        )}
        <SelectField label="Match by" value={by} onChange={(v) => setBy(v as 'code' | 'email')} options={[{ value: 'code', label: 'Registration code' }, { value: 'email', label: "Person's email" }]} />
        <TextField label="Match key" value={path} onChange={setPath} required hint="The body's key holding it; nested keys with dots (lead.email)" error={fieldError('match')} />
        <TextField label="Hold for (hours)" type="number" value={holdHours} onChange={setHoldHours} hint="How long a postback waits for its registration to appear" error={fieldError('holdSeconds')} />
      </div>
      {save.error && <ErrorNotice error={save.error} />}
      {save.data && <SuccessNotice>Source {save.data.name} is ready: send postbacks to its URL.</SuccessNotice>}
      <button type="submit" className="primary" disabled={!name || save.isPending}>
        Add source
      </button>
    </form>
  );
}
