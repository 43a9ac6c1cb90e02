CREATE TABLE "bukti_dukung" (
	"instansi_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"realisasi_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"nama" text NOT NULL,
	"mime" text,
	"ukuran" integer,
	"sha256" text,
	"kunci" text,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bukti_dukung_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "evaluasi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"periode_ke" smallint NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"rating_hasil" text,
	"rating_perilaku" text,
	"predikat" text,
	"nilai_numerik" double precision,
	"penilai_id" uuid,
	"dinilai_at" timestamp with time zone,
	"ditetapkan_at" timestamp with time zone,
	"final_at" timestamp with time zone,
	"snapshot" jsonb,
	"kode_verifikasi" text,
	"version" integer DEFAULT 1 NOT NULL,
	"diubah_oleh" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluasi_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "pengaturan_penilaian" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"saran_aktif" boolean DEFAULT false NOT NULL,
	"ambang_di_atas" double precision DEFAULT 110 NOT NULL,
	"ambang_sesuai" double precision DEFAULT 90 NOT NULL,
	"mode_numerik" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "predikat_organisasi" (
	"instansi_id" uuid NOT NULL,
	"unit_kerja_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"predikat" text NOT NULL,
	"ditetapkan_oleh" uuid,
	"alasan" text,
	"kurva_override_alasan" text,
	"kurva_override_oleh" uuid,
	"kurva_override_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "predikat_organisasi_instansi_id_unit_kerja_id_tahun_pk" PRIMARY KEY("instansi_id","unit_kerja_id","tahun")
);
--> statement-breakpoint
CREATE TABLE "realisasi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"iki_id" uuid NOT NULL,
	"periode_ke" smallint NOT NULL,
	"nilai" double precision,
	"nilai_aktivitas" double precision,
	"alasan" text,
	"catatan" text,
	"version" integer DEFAULT 1 NOT NULL,
	"diubah_oleh" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisasi_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "umpan_balik" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"rhk_id" uuid,
	"kode_berakhlak" text,
	"penulis_id" uuid NOT NULL,
	"balasan_untuk_id" uuid,
	"isi" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "umpan_balik_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_instansi_id_realisasi_id_realisasi_instansi_id_id_fk" FOREIGN KEY ("instansi_id","realisasi_id") REFERENCES "public"."realisasi"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_instansi_id_skp_id_skp_instansi_id_id_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_instansi_id_penilai_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","penilai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaturan_penilaian" ADD CONSTRAINT "pengaturan_penilaian_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD CONSTRAINT "predikat_organisasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD CONSTRAINT "predikat_organisasi_instansi_id_unit_kerja_id_unit_kerja_instansi_id_id_fk" FOREIGN KEY ("instansi_id","unit_kerja_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_instansi_id_skp_id_skp_instansi_id_id_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_instansi_id_iki_id_iki_instansi_id_id_fk" FOREIGN KEY ("instansi_id","iki_id") REFERENCES "public"."iki"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_instansi_id_skp_id_skp_instansi_id_id_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_instansi_id_rhk_id_rhk_instansi_id_id_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_instansi_id_penulis_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","penulis_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_instansi_id_balasan_untuk_id_umpan_balik_instansi_id_id_fk" FOREIGN KEY ("instansi_id","balasan_untuk_id") REFERENCES "public"."umpan_balik"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluasi_uq" ON "evaluasi" USING btree ("instansi_id","skp_id","jenis","periode_ke");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluasi_kode_uq" ON "evaluasi" USING btree ("kode_verifikasi");--> statement-breakpoint
CREATE UNIQUE INDEX "realisasi_uq" ON "realisasi" USING btree ("instansi_id","skp_id","iki_id","periode_ke");--> statement-breakpoint
CREATE INDEX "umpan_balik_skp_idx" ON "umpan_balik" USING btree ("instansi_id","skp_id","created_at");