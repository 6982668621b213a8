import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** What went wrong, in the API's words (its message names the field). */
export function ErrorNotice({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.body.error : undefined;
  return (
    <div className="notice error" role="alert">
      {message}
      {code && <span className="code"> ({code})</span>}
    </div>
  );
}

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice success" role="status">
      {children}
    </div>
  );
}

export const Loading = () => (
  <p className="loading" role="status">
    Loading…
  </p>
);

export const Empty = ({ children }: { children: ReactNode }) => <p className="empty">{children}</p>;
