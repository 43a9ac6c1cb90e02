CREATE TABLE "akun" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid,
	"pegawai_id" uuid,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"peran" text[] DEFAULT '{}'::text[] NOT NULL,
	"wajib_ganti_password" boolean DEFAULT false NOT NULL,
	"gagal_login" integer DEFAULT 0 NOT NULL,
	"terkunci_sampai" timestamp with time zone,
	"aktif" boolean DEFAULT true NOT NULL,
	"locale" text DEFAULT 'id' NOT NULL,
	"login_terakhir" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "akun_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"instansi_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"akun_id" uuid,
	"entitas" text NOT NULL,
	"entitas_id" text NOT NULL,
	"aksi" text NOT NULL,
	"sebelum" jsonb,
	"sesudah" jsonb,
	CONSTRAINT "audit_log_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "import_job" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"jenis" text NOT NULL,
	"nama_file" text NOT NULL,
	"status" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"diproses" integer DEFAULT 0 NOT NULL,
	"ditambah" integer DEFAULT 0 NOT NULL,
	"diperbarui" integer DEFAULT 0 NOT NULL,
	"ditolak" integer DEFAULT 0 NOT NULL,
	"laporan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pesan" text,
	"dibuat_oleh" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"selesai_at" timestamp with time zone,
	CONSTRAINT "import_job_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "instansi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instansi_kode_unique" UNIQUE("kode")
);
--> statement-breakpoint
CREATE TABLE "jabatan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_kerja_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"jenjang" text,
	"kelas_jabatan" smallint NOT NULL,
	"kepala_unit" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jabatan_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "login_gagal" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kunci" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pegawai" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"nip" text NOT NULL,
	"nip_lama" text,
	"jenis_asn" text NOT NULL,
	"nama" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"tanggal_lahir" date NOT NULL,
	"jenis_kelamin" text NOT NULL,
	"golongan" text,
	"jabatan_id" uuid NOT NULL,
	"unit_kerja_id" uuid NOT NULL,
	"status" text DEFAULT 'AKTIF' NOT NULL,
	"email" text,
	"atasan_override_id" uuid,
	"atasan_id" uuid,
	"atasan_sumber" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pegawai_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "penugasan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "penugasan_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "sesi" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"akun_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_agent" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "token_api" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"nama" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"akun_id" uuid NOT NULL,
	"dibuat_oleh" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "token_api_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "token_api_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "unit_kerja" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"path" text NOT NULL,
	"level" smallint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_kerja_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
ALTER TABLE "akun" ADD CONSTRAINT "akun_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job" ADD CONSTRAINT "import_job_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_instansi_id_unit_kerja_id_unit_kerja_instansi_id_id_fk" FOREIGN KEY ("instansi_id","unit_kerja_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_jabatan_id_jabatan_instansi_id_id_fk" FOREIGN KEY ("instansi_id","jabatan_id") REFERENCES "public"."jabatan"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_unit_kerja_id_unit_kerja_instansi_id_id_fk" FOREIGN KEY ("instansi_id","unit_kerja_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_atasan_override_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","atasan_override_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penugasan" ADD CONSTRAINT "penugasan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penugasan" ADD CONSTRAINT "penugasan_instansi_id_pegawai_id_pegawai_instansi_id_id_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penugasan" ADD CONSTRAINT "penugasan_instansi_id_jabatan_id_jabatan_instansi_id_id_fk" FOREIGN KEY ("instansi_id","jabatan_id") REFERENCES "public"."jabatan"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sesi" ADD CONSTRAINT "sesi_akun_id_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "public"."akun"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_api" ADD CONSTRAINT "token_api_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_api" ADD CONSTRAINT "token_api_akun_id_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_api" ADD CONSTRAINT "token_api_dibuat_oleh_akun_id_fk" FOREIGN KEY ("dibuat_oleh") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_instansi_id_parent_id_unit_kerja_instansi_id_id_fk" FOREIGN KEY ("instansi_id","parent_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "akun_pegawai_uq" ON "akun" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "audit_entitas_idx" ON "audit_log" USING btree ("instansi_id","entitas","entitas_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jabatan_kode_uq" ON "jabatan" USING btree ("instansi_id","kode");--> statement-breakpoint
CREATE UNIQUE INDEX "jabatan_kepala_unit_uq" ON "jabatan" USING btree ("instansi_id","unit_kerja_id") WHERE kepala_unit;--> statement-breakpoint
CREATE INDEX "login_gagal_kunci_idx" ON "login_gagal" USING btree ("kunci","at");--> statement-breakpoint
CREATE UNIQUE INDEX "pegawai_nip_uq" ON "pegawai" USING btree ("instansi_id","nip");--> statement-breakpoint
CREATE INDEX "pegawai_unit_idx" ON "pegawai" USING btree ("instansi_id","unit_kerja_id");--> statement-breakpoint
CREATE INDEX "pegawai_atasan_idx" ON "pegawai" USING btree ("instansi_id","atasan_id");--> statement-breakpoint
CREATE INDEX "pegawai_nama_idx" ON "pegawai" USING btree ("instansi_id","nama");--> statement-breakpoint
CREATE INDEX "sesi_akun_idx" ON "sesi" USING btree ("akun_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_kerja_kode_uq" ON "unit_kerja" USING btree ("instansi_id","kode");--> statement-breakpoint
CREATE INDEX "unit_kerja_path_idx" ON "unit_kerja" USING btree ("instansi_id","path");