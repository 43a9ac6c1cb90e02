import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useMatch } from 'react-router';
import { useSession, wasSignedIn } from './auth/session.ts';
import { ChunkErrorBoundary } from './components/ChunkErrorBoundary.tsx';
import { ErrorAlert } from './components/ErrorAlert.tsx';
import { LoadFailed } from './components/LoadFailed.tsx';
import { Loading } from './components/Loading.tsx';
import { useI18n } from './i18n/context.tsx';

// Each part is its own chunk: the sign-in page never downloads the admin screens.
const loadLogin = () => import('./pages/LoginPage.tsx');
const loadSignedIn = () => import('./SignedInApp.tsx');
const LoginPage = lazy(loadLogin);
const ForcedPasswordPage = lazy(() => import('./pages/ForcedPasswordPage.tsx'));
const SignedInApp = lazy(loadSignedIn);
const VerifikasiDokumenPage = lazy(() => import('./pages/VerifikasiDokumenPage.tsx'));

// Fetch the likely chunk while the session request is still on its way: one round trip less on a slow line.
void (wasSignedIn() ? loadSignedIn() : loadLogin()).catch(() => undefined);

function RedirectToLogin() {
  const loc = useLocation();
  const next = loc.pathname === '/' ? '' : `?next=${encodeURIComponent(loc.pathname + loc.search)}`;
  return <Navigate to={`/login${next}`} replace />;
}

export function App() {
  const session = useSession();
  const { setLocale } = useI18n();
  const user = session.data;
  // The check page behind a printed document's QR code: public, the same signed in or not, no wait for the session.
  const verifikasiDokumen = useMatch('/verifikasi-dokumen/:kode');

  // The account's language applies once the session is known.
  useEffect(() => {
    if (user) setLocale(user.locale);
  }, [user, setLocale]);

  if (verifikasiDokumen) {
    return (
      <ChunkErrorBoundary fallback={(retry) => <LoadFailed onRetry={retry} />}>
        <Suspense fallback={<div className="full-center"><Loading /></div>}>
          <Routes><Route path="/verifikasi-dokumen/:kode" element={<VerifikasiDokumenPage />} /></Routes>
        </Suspense>
      </ChunkErrorBoundary>
    );
  }
  if (session.isPending) return <div className="full-center"><Loading /></div>;
  if (session.isError) {
    return <div className="full-center"><ErrorAlert error={session.error} onRetry={() => session.refetch()} /></div>;
  }

  return (
    <ChunkErrorBoundary fallback={(retry) => <LoadFailed onRetry={retry} />}>
      <Suspense fallback={<div className="full-center"><Loading /></div>}>
        {!user ? (
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="*" element={<RedirectToLogin />} />
          </Routes>
        ) : user.wajibGantiPassword ? (
          <ForcedPasswordPage />
        ) : (
          <SignedInApp />
        )}
      </Suspense>
    </ChunkErrorBoundary>
  );
}
