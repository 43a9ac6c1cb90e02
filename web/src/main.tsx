import './styles/base.ts';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError, NETWORK_ERROR } from './api/client.ts';
import { App } from './App.tsx';
import { markSessionExpired } from './auth/expiry.ts';
import { sessionKey } from './auth/session.ts';
import { I18nProvider } from './i18n/context.tsx';
import { registerServiceWorker } from './offline/register.ts';
import { theme } from './theme.ts';

// Weak connections: retry only what may succeed on a second try (network, 5xx), never 4xx.
const retryable = (e: unknown) => e instanceof ApiError && (e.code === NETWORK_ERROR || e.status >= 500);

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (e, query) => {
      // The page stays under a sign-in dialog, so nothing typed on it is lost.
      if (e instanceof ApiError && e.status === 401 && query.queryKey[0] !== sessionKey[0] && queryClient.getQueryData(sessionKey)) markSessionExpired(e.epoch);
    },
  }),
  mutationCache: new MutationCache({
    onError: (e, _vars, _ctx, mutation) => {
      // A wrong password answers 401 too; those forms mark themselves so they do not sign the user out.
      if (e instanceof ApiError && e.status === 401 && !mutation.meta?.['own401'] && queryClient.getQueryData(sessionKey)) {
        markSessionExpired(e.epoch);
      }
    },
  }),
  defaultOptions: {
    queries: { retry: (n, e) => n < 2 && retryable(e), staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

// Offline use: the app shell from the service worker, and the outbox of activities saved without signal.
registerServiceWorker();
void import('./offline/engine.ts').then((m) => m.startOutbox(queryClient)).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  </StrictMode>,
);
