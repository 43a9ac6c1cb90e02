CREATE TABLE "iki" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rhk_id" uuid NOT NULL,
	"urutan" smallint NOT NULL,
	"aspek" text,
	"indikator" text DEFAULT '' NOT NULL,
	"target" double precision,
	"target_atas" double precision,
	"satuan" text DEFAULT '' NOT NULL,
	"arah" text DEFAULT 'NAIK' NOT NULL,
	"perspektif" text,
	CONSTRAINT "iki_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "rencana_aksi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rhk_id" uuid NOT NULL,
	"bulan" smallint NOT NULL,
	"uraian" text DEFAULT '' NOT NULL,
	CONSTRAINT "rencana_aksi_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "rhk" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"urutan" smallint NOT NULL,
	"jenis" text NOT NULL,
	"uraian" text DEFAULT '' NOT NULL,
	"intervensi_rhk_id" uuid,
	"intervensi_teks" text,
	"asal_rhk_id" uuid,
	CONSTRAINT "rhk_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "skp" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"periode_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"versi" smallint DEFAULT 1 NOT NULL,
	"model" text NOT NULL,
	"pendekatan" text NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"penilai_id" uuid,
	"penilai_sumber" text DEFAULT 'ORG' NOT NULL,
	"penilai_alasan" text,
	"kepala" jsonb,
	"lampiran" jsonb DEFAULT '{"dukunganSumberDaya":"","skemaPertanggungjawaban":"","konsekuensi":""}'::jsonb NOT NULL,
	"ekspektasi" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"catatan_pengembalian" text,
	"revisi_dari_id" uuid,
	"jenis_revisi" text,
	"alasan_revisi" text,
	"diajukan_at" timestamp with time zone,
	"disetujui_at" timestamp with time zone,
	"disetujui_oleh_akun_id" uuid,
	"diubah_oleh" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "skp_template" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"nama" text NOT NULL,
	"isi" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_template_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
ALTER TABLE "iki" ADD CONSTRAINT "iki_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iki" ADD CONSTRAINT "iki_instansi_id_rhk_id_rhk_instansi_id_id_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_instansi_id_rhk_id_rhk_instansi_id_id_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_instansi_id_skp_id_skp_instansi_id_id_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_instansi_id_intervensi_rhk_id_rhk_instansi_id_id_fk" FOREIGN KEY ("instansi_id","intervensi_rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_periode_id_periode_instansi_id_id_fk" FOREIGN KEY ("instansi_id","periode_id") REFERENCES "public"."periode"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_pegawai_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_penilai_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","penilai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_revisi_dari_id_skp_instansi_id_id_fk" FOREIGN KEY ("instansi_id","revisi_dari_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_template" ADD CONSTRAINT "skp_template_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_template" ADD CONSTRAINT "skp_template_instansi_id_jabatan_id_jabatan_instansi_id_id_fk" FOREIGN KEY ("instansi_id","jabatan_id") REFERENCES "public"."jabatan"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "iki_rhk_idx" ON "iki" USING btree ("instansi_id","rhk_id");--> statement-breakpoint
CREATE INDEX "rencana_aksi_rhk_idx" ON "rencana_aksi" USING btree ("instansi_id","rhk_id");--> statement-breakpoint
CREATE INDEX "rhk_skp_idx" ON "rhk" USING btree ("instansi_id","skp_id");--> statement-breakpoint
CREATE INDEX "rhk_intervensi_idx" ON "rhk" USING btree ("instansi_id","intervensi_rhk_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skp_versi_uq" ON "skp" USING btree ("instansi_id","periode_id","pegawai_id","versi");--> statement-breakpoint
CREATE INDEX "skp_penilai_idx" ON "skp" USING btree ("instansi_id","penilai_id");--> statement-breakpoint
CREATE INDEX "skp_template_jabatan_idx" ON "skp_template" USING btree ("instansi_id","jabatan_id");