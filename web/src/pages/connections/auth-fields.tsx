import type { ReactNode } from 'react';
import { SelectField, TextField } from '../../components/field';
import { type ConnectionForm, type Secret, type StoredSecrets, isKept } from './connection-form';
import { SecretField } from './secret-field';

export type Errors = Partial<Record<keyof ConnectionForm | Secret, string>>;

export interface FormPart {
  form: ConnectionForm;
  set: <K extends keyof ConnectionForm>(key: K, value: ConnectionForm[K]) => void;
  setSecret: (secret: Secret, value: string) => void;
  stored: StoredSecrets;
  errors: Errors;
}

/** The fields the chosen authentication type asks for (the guide's table), and only those. */
export function AuthFields(p: FormPart) {
  const { form, set, errors } = p;
  const secret = (s: Secret, label: string, hint?: string) => (
    <SecretField label={label} value={form.secrets[s]} onChange={(v) => p.setSecret(s, v)} kept={isKept(s, form, p.stored)} error={errors[s]} hint={hint} required />
  );
  switch (form.authType) {
    case 'none':
      return <p className="hint">Open / No Auth: the lowest level of security. Requests carry no credentials.</p>;
    case 'basic':
      return (
        <div className="grid">
          <TextField label="User name" value={form.username} onChange={(v) => set('username', v)} error={errors.username} autoComplete="off" required />
          {secret('password', 'Password')}
        </div>
      );
    case 'api_key':
      return (
        <div className="grid">
          {secret('key', 'API key / token', 'From the administrator of the target application: the whole value of the header or parameter (e.g. "Bearer …").')}
          <SelectField label="Send it as" value={form.placement} onChange={(v) => set('placement', v as ConnectionForm['placement'])} options={[{ value: 'header', label: 'A header' }, { value: 'query', label: 'A query parameter' }]} />
          <TextField label={form.placement === 'header' ? 'Header name' : 'Parameter name'} value={form.keyName} onChange={(v) => set('keyName', v)} error={errors.keyName} required />
        </div>
      );
    case 'oauth2':
      return <OAuth2Fields {...p} secret={secret} />;
  }
}

function OAuth2Fields({ form, set, errors, secret }: FormPart & { secret: (s: Secret, label: string, hint?: string) => ReactNode }) {
  const url = (key: 'authorizationUrl' | 'accessTokenUrl' | 'refreshTokenUrl' | 'testConnectionUrl', label: string, required = true, hint?: string) => (
    <TextField label={label} type="url" value={form[key]} onChange={(v) => set(key, v)} error={errors[key]} hint={hint} required={required} />
  );
  const byCode = form.grantType === 'authorization_code';
  return (
    <>
      <p className="hint">All these values come from the administrator of the target application.</p>
      <div className="grid">
        <SelectField label="Grant type" value={form.grantType} onChange={(v) => set('grantType', v as ConnectionForm['grantType'])} options={[{ value: 'client_credentials', label: 'Client Credentials' }, { value: 'authorization_code', label: 'Authorization Code' }]} />
        <TextField label="Client ID" value={form.clientId} onChange={(v) => set('clientId', v)} error={errors.clientId} autoComplete="off" required />
        {secret('clientSecret', 'Client secret')}
        {byCode && url('authorizationUrl', 'Authorization URL')}
        {url('accessTokenUrl', 'Access token URL')}
        {url('refreshTokenUrl', 'Refresh token URL', false, 'The access token URL when blank.')}
        <TextField label="Scope" value={form.scope} onChange={(v) => set('scope', v)} error={errors.scope} hint="Blank, a keyword or a URL, as the target application needs." />
        {url('testConnectionUrl', 'Test connection URL', true, 'Save & Test calls it with the access token.')}
        {byCode && secret('refreshToken', 'Refresh token', 'The refresh token the authorization step gave.')}
      </div>
    </>
  );
}
