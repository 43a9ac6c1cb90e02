CREATE TABLE "aktivitas" (
	"instansi_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"rhk_id" uuid NOT NULL,
	"rencana_aksi_id" uuid,
	"uraian" text NOT NULL,
	"jumlah" double precision,
	"satuan" text,
	"jam_mulai" text,
	"jam_selesai" text,
	"menit" integer NOT NULL,
	"status" text DEFAULT 'MENUNGGU' NOT NULL,
	"catatan_verifikasi" text,
	"diverifikasi_oleh" uuid,
	"diverifikasi_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aktivitas_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "aktivitas_rekap" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"bulan" date NOT NULL,
	"banyak" integer NOT NULL,
	"jumlah" double precision NOT NULL,
	"menit" integer NOT NULL,
	CONSTRAINT "aktivitas_rekap_instansi_id_pegawai_id_rhk_id_bulan_pk" PRIMARY KEY("instansi_id","pegawai_id","rhk_id","bulan")
);
--> statement-breakpoint
CREATE TABLE "bukti_aktivitas" (
	"instansi_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"aktivitas_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"nama" text NOT NULL,
	"mime" text,
	"ukuran" integer,
	"sha256" text,
	"kunci" text,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bukti_aktivitas_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "cuti" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"keterangan" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cuti_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "hari_libur_instansi" (
	"instansi_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"nama" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hari_libur_instansi_instansi_id_tanggal_pk" PRIMARY KEY("instansi_id","tanggal")
);
--> statement-breakpoint
CREATE TABLE "hari_libur_nasional" (
	"tanggal" date PRIMARY KEY NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"sumber" text
);
--> statement-breakpoint
CREATE TABLE "notifikasi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"judul" text NOT NULL,
	"isi" text NOT NULL,
	"tautan" text,
	"kunci" text NOT NULL,
	"dibaca_at" timestamp with time zone,
	"email_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifikasi_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
ALTER TABLE "aktivitas" ADD CONSTRAINT "aktivitas_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aktivitas" ADD CONSTRAINT "aktivitas_instansi_id_pegawai_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aktivitas" ADD CONSTRAINT "aktivitas_instansi_id_rhk_id_rhk_instansi_id_id_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aktivitas" ADD CONSTRAINT "aktivitas_instansi_id_rencana_aksi_id_rencana_aksi_instansi_id_id_fk" FOREIGN KEY ("instansi_id","rencana_aksi_id") REFERENCES "public"."rencana_aksi"("instansi_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aktivitas_rekap" ADD CONSTRAINT "aktivitas_rekap_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_aktivitas" ADD CONSTRAINT "bukti_aktivitas_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_aktivitas" ADD CONSTRAINT "bukti_aktivitas_instansi_id_aktivitas_id_aktivitas_instansi_id_id_fk" FOREIGN KEY ("instansi_id","aktivitas_id") REFERENCES "public"."aktivitas"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cuti" ADD CONSTRAINT "cuti_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cuti" ADD CONSTRAINT "cuti_instansi_id_pegawai_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hari_libur_instansi" ADD CONSTRAINT "hari_libur_instansi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_instansi_id_pegawai_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aktivitas_pegawai_tanggal_idx" ON "aktivitas" USING btree ("instansi_id","pegawai_id","tanggal");--> statement-breakpoint
CREATE INDEX "aktivitas_status_idx" ON "aktivitas" USING btree ("instansi_id","status","tanggal");--> statement-breakpoint
CREATE INDEX "bukti_aktivitas_idx" ON "bukti_aktivitas" USING btree ("instansi_id","aktivitas_id");--> statement-breakpoint
CREATE INDEX "cuti_pegawai_idx" ON "cuti" USING btree ("instansi_id","pegawai_id","mulai");--> statement-breakpoint
CREATE UNIQUE INDEX "notifikasi_kunci_uq" ON "notifikasi" USING btree ("instansi_id","pegawai_id","kunci");--> statement-breakpoint
CREATE INDEX "notifikasi_pegawai_idx" ON "notifikasi" USING btree ("instansi_id","pegawai_id","created_at");--> statement-breakpoint
-- SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPANRB No. 1497/2025, 2/2025, 5/2025: 17 hari libur nasional, 8 hari cuti bersama.
INSERT INTO "hari_libur_nasional" ("tanggal", "nama", "jenis", "sumber") VALUES
('2026-01-01', 'Tahun Baru 2026 Masehi', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA', 'SKB 3 Menteri 2025'),
('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA', 'SKB 3 Menteri 2025'),
('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-03-20', 'Cuti bersama Idulfitri 1447 H', 'CUTI_BERSAMA', 'SKB 3 Menteri 2025'),
('2026-03-21', 'Idulfitri 1447 H', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-03-22', 'Idulfitri 1447 H', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-03-23', 'Cuti bersama Idulfitri 1447 H', 'CUTI_BERSAMA', 'SKB 3 Menteri 2025'),
('2026-03-24', 'Cuti bersama Idulfitri 1447 H', 'CUTI_BERSAMA', 'SKB 3 Menteri 2025'),
('2026-04-03', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-05-14', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri 2025'),
('2026-05-27', 'Iduladha 1447 H', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-05-28', 'Cuti bersama Iduladha 1447 H', 'CUTI_BERSAMA', 'SKB 3 Menteri 2025'),
('2026-05-31', 'Hari Raya Waisak 2570 BE', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-08-17', 'Proklamasi Kemerdekaan RI', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-08-25', 'Maulid Nabi Muhammad SAW', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025'),
('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri 2025'),
('2026-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2025');
