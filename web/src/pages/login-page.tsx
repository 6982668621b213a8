import { type FormEvent, useState } from 'react';
import { TextField } from '../components/field';
import { ErrorNotice } from '../components/notice';
import { useLogIn } from '../session';
import { ApiError } from '../api/client';

/** An API key, exchanged for a session cookie: the key itself is never kept in the browser. */
export function LoginPage() {
  const [apiKey, setApiKey] = useState('');
  const logIn = useLogIn();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    logIn.mutate(apiKey.trim());
  };
  const fieldError = logIn.error instanceof ApiError && logIn.error.field === 'apiKey' ? logIn.error.message.replace(/^apiKey: /, '') : undefined;
  return (
    <main className="login">
      <h1>Hookflow</h1>
      <form onSubmit={submit} className="card">
        <h2>Log in</h2>
        <TextField label="API key" type="password" autoComplete="current-password" value={apiKey} onChange={setApiKey} error={fieldError} hint="The key printed when the account was created (hookflow accounts create)." required />
        {logIn.error && !fieldError && <ErrorNotice error={logIn.error} />}
        <button type="submit" className="primary" disabled={!apiKey.trim() || logIn.isPending}>
          {logIn.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  );
}
