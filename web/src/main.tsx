import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { App } from './app';
import { SESSION_KEY } from './session';
import './styles.css';

const queries: QueryClient = new QueryClient({
  // A request answered 401 means the session ended (logged out elsewhere, key revoked): back to the login.
  queryCache: new QueryCache({ onError: (error) => error instanceof ApiError && error.status === 401 && queries.setQueryData(SESSION_KEY, null) }),
  defaultOptions: { queries: { retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2, staleTime: 5_000 } },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
