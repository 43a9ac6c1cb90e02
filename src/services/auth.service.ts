// Login, server-side sessions, password changes, lockout. Sessions live in the database so any
// app process can serve any request; the cookie carries a random token, the table only its hash.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Me } from '../contracts/auth.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { akun, instansi, jabatan, loginGagal, pegawai, sesi, unitKerja } from '../db/schema.ts';
import { AppError, invalid } from '../errors.ts';
import { dummyHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { randomToken, sha256 } from '../auth/tokens.ts';
import { actorFactsColumns, loadActor, type Actor, type ActorFacts, type AkunRow } from '../policy/actor.ts';
import { namaLengkap, nipTampil } from './pegawai.service.ts';
import { todayWib } from '../lib/clock.ts';

/** Consecutive wrong passwords before the account locks, and for how long. */
export const MAX_FAILED = 5;
export const LOCK_MINUTES = 15;
/** Failed attempts per client address in the window before further tries are refused. */
export const MAX_FAILED_PER_IP = 20;

const fmtJam = (d: Date) => new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit' }).format(d);

export interface LoginResult { token: string; csrfToken: string; actor: Actor; expiresAt: Date }

export async function login(db: Db, o: { username: string; password: string; ip: string; userAgent?: string; sessionHours: number }): Promise<LoginResult> {
  const ipKey = `ip:${o.ip}`;
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(loginGagal)
    .where(and(eq(loginGagal.kunci, ipKey), gt(loginGagal.at, sql`now() - make_interval(mins => ${LOCK_MINUTES})`)));
  if (n >= MAX_FAILED_PER_IP) {
    throw new AppError('RATE_LIMITED', `Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi dalam ${LOCK_MINUTES} menit.`);
  }
  const username = o.username.replace(/\s+/g, '');
  const [a] = await db.select().from(akun).where(eq(akun.username, username));
  const now = new Date();
  if (a?.terkunciSampai && a.terkunciSampai > now) {
    throw new AppError('LOCKED', `Akun terkunci karena ${MAX_FAILED} kali salah kata sandi. Coba lagi setelah pukul ${fmtJam(a.terkunciSampai)} WIB atau hubungi admin kepegawaian.`);
  }
  const ok = a && a.aktif ? await verifyPassword(a.passwordHash, o.password) : (await verifyPassword(await dummyHash(), o.password), false);
  if (!ok || !a) {
    await db.insert(loginGagal).values({ kunci: ipKey });
    if (a) {
      const gagal = a.gagalLogin + 1;
      const lock = gagal >= MAX_FAILED ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
      await db.update(akun).set({ gagalLogin: lock ? 0 : gagal, terkunciSampai: lock }).where(eq(akun.id, a.id));
      if (lock) throw new AppError('LOCKED', `Akun terkunci karena ${MAX_FAILED} kali salah kata sandi. Coba lagi setelah pukul ${fmtJam(lock)} WIB atau hubungi admin kepegawaian.`);
      const sisa = MAX_FAILED - gagal;
      throw new AppError('UNAUTHENTICATED', `NIP/nama akun atau kata sandi salah. Sisa ${sisa} kali percobaan sebelum akun dikunci.`);
    }
    throw new AppError('UNAUTHENTICATED', 'NIP/nama akun atau kata sandi salah.');
  }
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + o.sessionHours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.update(akun).set({ gagalLogin: 0, terkunciSampai: null, loginTerakhir: now }).where(eq(akun.id, a.id));
    await tx.insert(sesi).values({ tokenHash: sha256(token), akunId: a.id, csrfToken, expiresAt, ip: o.ip, userAgent: o.userAgent?.slice(0, 300) });
  });
  return { token, csrfToken, actor: await loadActor(db, a, false, todayWib()), expiresAt };
}

export interface SessionLookup { actor: Actor; csrfToken: string | null; tokenHash: string; expiresAt: Date }

/** Resolves a session (by the hash of its cookie) to its actor; slides the expiry at most every few minutes. */
export async function lookupSession(db: Db, tokenHash: string, sessionHours: number): Promise<SessionLookup | null> {
  const today = todayWib();
  // Session, account and the caller's roles in one round trip: this runs on every request.
  const [row] = await db.select({ s: sesi, a: akun, f: sql<ActorFacts>`(select row_to_json(x) from (select ${actorFactsColumns(sql`${akun.instansiId}`, sql`${akun.pegawaiId}`, today)}) x)` })
    .from(sesi).innerJoin(akun, eq(akun.id, sesi.akunId))
    .where(and(eq(sesi.tokenHash, tokenHash), gt(sesi.expiresAt, sql`now()`), eq(akun.aktif, true)));
  if (!row) return null;
  if (Date.now() - row.s.lastSeenAt.getTime() > 5 * 60_000) {
    await db.update(sesi).set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + sessionHours * 3_600_000) })
      .where(eq(sesi.tokenHash, tokenHash));
  }
  return { actor: await loadActor(db, row.a, false, today, row.f), csrfToken: row.s.csrfToken, tokenHash, expiresAt: row.s.expiresAt };
}

export async function logout(db: Db, tokenHash: string) {
  await db.delete(sesi).where(eq(sesi.tokenHash, tokenHash));
}

export async function changePassword(db: Db, actor: Actor, currentTokenHash: string | null, o: { passwordLama: string; passwordBaru: string }) {
  const [a] = await db.select().from(akun).where(eq(akun.id, actor.akunId));
  if (!a || !(await verifyPassword(a.passwordHash, o.passwordLama))) throw invalid({ passwordLama: 'Kata sandi lama salah' });
  if (o.passwordLama === o.passwordBaru) throw invalid({ passwordBaru: 'Kata sandi baru harus berbeda dari yang lama' });
  if (a.username && o.passwordBaru.toLowerCase().includes(a.username.toLowerCase())) {
    throw invalid({ passwordBaru: 'Kata sandi tidak boleh memuat NIP atau nama akun' });
  }
  const passwordHash = await hashPassword(o.passwordBaru);
  await db.transaction(async (tx) => {
    await tx.update(akun).set({ passwordHash, wajibGantiPassword: false }).where(eq(akun.id, a.id));
    // Other sessions end: someone who knew the old password is logged out everywhere else.
    await tx.delete(sesi).where(and(eq(sesi.akunId, a.id), currentTokenHash ? sql`${sesi.tokenHash} <> ${currentTokenHash}` : undefined));
  });
}

export async function setLocale(db: Db, actor: Actor, locale: 'id' | 'en') {
  await db.update(akun).set({ locale }).where(eq(akun.id, actor.akunId));
}

export async function describeMe(db: DbOrTx, actor: Actor): Promise<Me> {
  const [a] = await db.select().from(akun).where(eq(akun.id, actor.akunId));
  const [ins] = actor.instansiId ? await db.select().from(instansi).where(eq(instansi.id, actor.instansiId)) : [];
  const [p] = actor.pegawaiId && actor.instansiId ? await db.select({ p: pegawai, j: jabatan.nama, u: unitKerja.nama }).from(pegawai)
    .innerJoin(jabatan, and(eq(jabatan.instansiId, pegawai.instansiId), eq(jabatan.id, pegawai.jabatanId)))
    .innerJoin(unitKerja, and(eq(unitKerja.instansiId, pegawai.instansiId), eq(unitKerja.id, pegawai.unitKerjaId)))
    .where(and(eq(pegawai.instansiId, actor.instansiId), eq(pegawai.id, actor.pegawaiId))) : [];
  return {
    akunId: actor.akunId, username: actor.username,
    nama: p ? namaLengkap(p.p) : actor.username,
    peran: [...actor.peran],
    wajibGantiPassword: a?.wajibGantiPassword ?? false,
    locale: a?.locale === 'en' ? 'en' : 'id',
    instansi: ins ? { id: ins.id, nama: ins.nama } : null,
    pegawai: p ? { id: p.p.id, nip: p.p.nip, nipTampil: nipTampil(p.p.nip), namaLengkap: namaLengkap(p.p), jabatan: p.j, unitKerja: p.u } : null,
  };
}

export type { AkunRow };
