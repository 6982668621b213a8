import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, ok } from './api/client';

export const SESSION_KEY = ['session'];
type Account = { code: string; name: string };

/** Who is logged in: null when nobody is (the API answered 401). */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Account | null> => {
      try {
        return (await ok(api.GET('/v1/session'))).account;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

export function useLogIn() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (apiKey: string) => ok(api.POST('/v1/session', { body: { apiKey } })),
    onSuccess: (answer) => {
      forgetAllBut(queries);
      queries.setQueryData(SESSION_KEY, answer.account);
    },
  });
}

export function useLogOut() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.DELETE('/v1/session')),
    onSettled: () => {
      forgetAllBut(queries);
      queries.setQueryData(SESSION_KEY, null);
    },
  });
}

/** Another account's data never shows: everything but the session itself (which the page watches) is dropped. */
const forgetAllBut = (queries: QueryClient) => queries.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
