import './styles/screens.ts';
import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes, useSearchParams } from 'react-router';
import type { Peran } from './api/types.ts';
import { hasRole, useMe } from './auth/session.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import NotFoundPage from './pages/NotFoundPage.tsx';

const BerandaPage = lazy(() => import('./pages/BerandaPage.tsx'));
const ProfilPage = lazy(() => import('./pages/ProfilPage.tsx'));
const TimSayaPage = lazy(() => import('./pages/TimSayaPage.tsx'));
const UnitSayaPage = lazy(() => import('./pages/UnitSayaPage.tsx'));
const UnitKerjaPage = lazy(() => import('./pages/unit-kerja/UnitKerjaPage.tsx'));
const JabatanPage = lazy(() => import('./pages/jabatan/JabatanPage.tsx'));
const PegawaiListPage = lazy(() => import('./pages/pegawai/PegawaiListPage.tsx'));
const PegawaiDetailPage = lazy(() => import('./pages/pegawai/PegawaiDetailPage.tsx'));
const PenugasanPage = lazy(() => import('./pages/penugasan/PenugasanPage.tsx'));
const ImporPage = lazy(() => import('./pages/impor/ImporPage.tsx'));
const TokenApiPage = lazy(() => import('./pages/token-api/TokenApiPage.tsx'));
const InstansiPage = lazy(() => import('./pages/instansi/InstansiPage.tsx'));
const SkpSayaPage = lazy(() => import('./pages/skp/SkpSayaPage.tsx'));
const SkpPage = lazy(() => import('./pages/skp/SkpPage.tsx'));
const TinjauSkpPage = lazy(() => import('./pages/skp-tinjau/TinjauSkpPage.tsx'));
const SkpBawahanPage = lazy(() => import('./pages/skp-tinjau/SkpBawahanPage.tsx'));
const MatriksPage = lazy(() => import('./pages/skp-tinjau/MatriksPage.tsx'));
const KurvaPage = lazy(() => import('./pages/kurva/KurvaPage.tsx'));
const PeriodePage = lazy(() => import('./pages/periode/PeriodePage.tsx'));
const KalenderSayaPage = lazy(() => import('./pages/kalender/KalenderSayaPage.tsx'));
const HariLiburPage = lazy(() => import('./pages/kalender/HariLiburPage.tsx'));
const ProgresSkpPage = lazy(() => import('./pages/skp-admin/ProgresSkpPage.tsx'));
const TemplateSkpPage = lazy(() => import('./pages/skp-admin/TemplateSkpPage.tsx'));
const AktivitasPage = lazy(() => import('./pages/aktivitas/AktivitasPage.tsx'));
const VerifikasiPage = lazy(() => import('./pages/verifikasi/VerifikasiPage.tsx'));
const RealisasiPage = lazy(() => import('./pages/realisasi/RealisasiPage.tsx'));
const EvaluasiPage = lazy(() => import('./pages/evaluasi/EvaluasiPage.tsx'));
const PengaturanPenilaianPage = lazy(() => import('./pages/evaluasi/PengaturanPenilaianPage.tsx'));
const KeberatanPage = lazy(() => import('./pages/keberatan/KeberatanPage.tsx'));

/** Hides screens from roles that cannot use them; the server still decides every request. */
function Only({ roles, children }: { roles: Peran[]; children: ReactNode }) {
  const me = useMe();
  return hasRole(me, ...roles) ? children : <NotFoundPage />;
}

/** After signing in, go back to the page the user first asked for. */
function AfterLogin() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const safe = next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
  return <Navigate to={safe} replace />;
}

export default function SignedInApp() {
  return (
    <Routes>
      <Route path="/login" element={<AfterLogin />} />
      <Route element={<AppLayout />}>
        <Route index element={<BerandaPage />} />
        <Route path="profil" element={<ProfilPage />} />
        <Route path="skp" element={<SkpSayaPage />} />
        <Route path="skp/:id" element={<SkpPage />} />
        <Route path="skp/:id/tinjau" element={<TinjauSkpPage />} />
        <Route path="skp/:id/realisasi" element={<RealisasiPage />} />
        <Route path="skp/:id/evaluasi" element={<EvaluasiPage />} />
        <Route path="aktivitas" element={<AktivitasPage />} />
        <Route path="keberatan" element={<Only roles={['PEGAWAI', 'ADMIN']}><KeberatanPage /></Only>} />
        <Route path="skp-bawahan" element={<Only roles={['ATASAN']}><SkpBawahanPage /></Only>} />
        <Route path="verifikasi" element={<Only roles={['ATASAN']}><VerifikasiPage /></Only>} />
        <Route path="matriks" element={<Only roles={['ATASAN']}><MatriksPage /></Only>} />
        <Route path="kurva" element={<Only roles={['PIMPINAN', 'ADMIN']}><KurvaPage /></Only>} />
        <Route path="periode" element={<Only roles={['ADMIN']}><PeriodePage /></Only>} />
        <Route path="kalender" element={<KalenderSayaPage />} />
        <Route path="hari-libur" element={<Only roles={['ADMIN']}><HariLiburPage /></Only>} />
        <Route path="progres-skp" element={<Only roles={['ADMIN']}><ProgresSkpPage /></Only>} />
        <Route path="pengaturan-penilaian" element={<Only roles={['ADMIN']}><PengaturanPenilaianPage /></Only>} />
        <Route path="template-skp" element={<Only roles={['ADMIN', 'ATASAN']}><TemplateSkpPage /></Only>} />
        <Route path="tim" element={<Only roles={['ATASAN']}><TimSayaPage /></Only>} />
        <Route path="unit-saya" element={<Only roles={['PIMPINAN']}><UnitSayaPage /></Only>} />
        <Route path="unit-kerja" element={<Only roles={['ADMIN']}><UnitKerjaPage /></Only>} />
        <Route path="jabatan" element={<Only roles={['ADMIN']}><JabatanPage /></Only>} />
        <Route path="pegawai" element={<Only roles={['ADMIN']}><PegawaiListPage /></Only>} />
        <Route path="pegawai/:id" element={<Only roles={['ADMIN', 'ATASAN', 'PIMPINAN']}><PegawaiDetailPage /></Only>} />
        <Route path="plt-plh" element={<Only roles={['ADMIN']}><PenugasanPage /></Only>} />
        <Route path="impor" element={<Only roles={['ADMIN']}><ImporPage /></Only>} />
        <Route path="token-api" element={<Only roles={['ADMIN']}><TokenApiPage /></Only>} />
        <Route path="instansi" element={<Only roles={['SUPERADMIN']}><InstansiPage /></Only>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
