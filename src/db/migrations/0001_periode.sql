CREATE TABLE "periode" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tahun" smallint NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"pendekatan" text NOT NULL,
	"frekuensi" text NOT NULL,
	"batas_penetapan_skp" date,
	"batas_evaluasi_tahunan" date,
	"status" text DEFAULT 'DIBUKA' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periode_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
ALTER TABLE "periode" ADD CONSTRAINT "periode_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "periode_tahun_uq" ON "periode" USING btree ("instansi_id","tahun");