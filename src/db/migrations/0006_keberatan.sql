CREATE TABLE "keberatan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"pemutus_id" uuid,
	"alasan" text NOT NULL,
	"diajukan_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'DIAJUKAN' NOT NULL,
	"keputusan" text,
	"catatan_keputusan" text,
	"diputus_at" timestamp with time zone,
	"diputus_oleh" text,
	"semula" jsonb NOT NULL,
	"hasil" jsonb,
	"snapshot_sebelum" jsonb,
	"kode_sebelum" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "keberatan_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
ALTER TABLE "pengaturan_penilaian" ADD COLUMN "batas_keberatan_hari" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_instansi_id_evaluasi_id_evaluasi_instansi_id_id_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_instansi_id_pegawai_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_instansi_id_pemutus_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","pemutus_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "keberatan_evaluasi_uq" ON "keberatan" USING btree ("instansi_id","evaluasi_id");--> statement-breakpoint
CREATE UNIQUE INDEX "keberatan_kode_sebelum_uq" ON "keberatan" USING btree ("kode_sebelum");--> statement-breakpoint
CREATE INDEX "keberatan_pemutus_idx" ON "keberatan" USING btree ("instansi_id","pemutus_id","status");--> statement-breakpoint
CREATE INDEX "bukti_dukung_realisasi_idx" ON "bukti_dukung" USING btree ("instansi_id","realisasi_id");