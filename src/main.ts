// Starts e-Kinerja: `npm start`. Reads config once, migrates, seeds demo data on an empty database.
import { ConfigError, loadConfig } from './config.ts';
import { createApp } from './app.ts';
import { nipTampil } from './services/pegawai.service.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) { console.error(e.message); process.exit(2); }
    throw e;
  }
  const app = await createApp(config).catch((e) => {
    if (e instanceof ConfigError) { console.error(e.message); process.exit(2); }
    throw e;
  });
  await app.server.listen({ port: config.PORT, host: config.HOST });
  const where = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite di ${config.DATA_DIR}`;
  console.log(`\ne-Kinerja berjalan di http://localhost:${config.PORT}  (basis data: ${where})`);
  console.log(`API: http://localhost:${config.PORT}/api/docs`);
  console.log(`Berkas bukti: ${app.files.where}`);
  if (app.demo) {
    const d = app.demo;
    console.log('\nData demo dibuat: Pemerintah Kabupaten Sukamaju.');
    console.log(`Kata sandi semua akun demo: ${d.password}${d.generated ? '  (dibuat acak; atur EKINERJA_DEMO_PASSWORD untuk memilih sendiri; hanya ditampilkan sekali)' : ''}`);
    const rows: [string, string, string][] = [
      ['Admin kepegawaian', d.admin, ''],
      ['Superadmin', d.superadmin, ''],
      ['Sekretaris Daerah', d.sekda.nip, `${d.sekda.nama} (${nipTampil(d.sekda.nip)})`],
      ['Kepala Dinas Kesehatan', d.kepalaDinas.nip, d.kepalaDinas.nama],
      ['Kepala Bidang Yankes', d.kabid.nip, d.kabid.nama],
      ...d.stafBidang.map((p, i): [string, string, string] => [`Staf Bidang Yankes ${i + 1}`, p.nip, p.nama]),
      ['Kepala Seksi Primer', d.kasi.nip, d.kasi.nama],
      ['Staf (pelaksana)', d.staff.nip, d.staff.nama],
    ];
    for (const [peran, user, nama] of rows) console.log(`  ${peran.padEnd(24)} ${user.padEnd(20)} ${nama}`);
    console.log('');
  }
  const stop = async () => { await app.close(); process.exit(0); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => { console.error(e); process.exit(1); });
