// E-mail copies of new notifications, for pegawai with an address. A sent message is stamped
// (email_at) right away, so a retry after a partial failure sends only what is still missing.
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.ts';

/** The part of a nodemailer transport this module needs (SMTP in production, JSON/stream in tests). */
export interface Mailer {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close?(): void;
}

export function createMailer(smtpUrl: string, onError: (e: Error) => void): Mailer {
  // A small pool: one daily run may carry thousands of messages.
  const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 3 });
  // An unheard 'error' event from the pool would end the process.
  transport.on('error', onError);
  return transport;
}

export interface EmailNotifikasi { judul: string; isi: string; tautan: string | null; nama: string; email: string }

export function susunEmail(n: EmailNotifikasi, from: string): SendMailOptions {
  const lines = [`Yth. ${n.nama},`, '', n.isi, ''];
  if (n.tautan) lines.push(`Silakan buka e-Kinerja, halaman ${n.tautan}.`, '');
  lines.push('Pesan ini dikirim otomatis oleh e-Kinerja; mohon tidak dibalas.');
  return { from, to: { name: n.nama, address: n.email }, subject: `[e-Kinerja] ${n.judul}`, text: lines.join('\n') };
}

type Pending = EmailNotifikasi & { instansi_id: string; id: string };

/** Sends every notification created since `sejak` that has no e-mail yet; failures are counted, not thrown. */
export async function kirimEmailNotifikasi(
  db: Db, mailer: Mailer, opts: { from: string; sejak: Date; onError?: (e: unknown, id: string) => void },
): Promise<{ terkirim: number; gagal: number }> {
  const pending = await queryRows<Pending>(db, sql`
    select n.instansi_id, n.id, n.judul, n.isi, n.tautan, p.nama, p.email
    from notifikasi n join pegawai p on p.instansi_id = n.instansi_id and p.id = n.pegawai_id
    where n.email_at is null and n.created_at >= ${opts.sejak.toISOString()}::timestamptz
      and p.email is not null and p.email <> ''
    order by n.created_at, n.id`);
  let terkirim = 0; let gagal = 0;
  for (let i = 0; i < pending.length; i += 20) {
    const chunk = pending.slice(i, i + 20);
    const results = await Promise.allSettled(chunk.map((n) => mailer.sendMail(susunEmail(n, opts.from))));
    const sent = chunk.filter((n, k) => {
      const r = results[k]!;
      if (r.status === 'rejected') opts.onError?.(r.reason, n.id);
      return r.status === 'fulfilled';
    });
    gagal += chunk.length - sent.length;
    if (!sent.length) continue;
    const keys = sql.join(sent.map((n) => sql`(${n.instansi_id}::uuid, ${n.id}::uuid)`), sql`, `);
    await db.execute(sql`update notifikasi set email_at = now()
      from (values ${keys}) as s(instansi_id, id) where notifikasi.instansi_id = s.instansi_id and notifikasi.id = s.id`);
    terkirim += sent.length;
  }
  return { terkirim, gagal };
}
