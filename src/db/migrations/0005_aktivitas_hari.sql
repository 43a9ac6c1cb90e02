CREATE TABLE "aktivitas_hari" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"menit" integer NOT NULL,
	CONSTRAINT "aktivitas_hari_instansi_id_pegawai_id_tanggal_pk" PRIMARY KEY("instansi_id","pegawai_id","tanggal")
);
--> statement-breakpoint
ALTER TABLE "aktivitas_hari" ADD CONSTRAINT "aktivitas_hari_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "aktivitas_hari" ("instansi_id", "pegawai_id", "tanggal", "menit")
SELECT "instansi_id", "pegawai_id", "tanggal", sum("menit")::int FROM "aktivitas" WHERE "status" <> 'DITOLAK'
GROUP BY "instansi_id", "pegawai_id", "tanggal";
--> statement-breakpoint
-- Keeps aktivitas_hari in step with every write; a day may not go past 24 hours (1440 minutes).
-- SQLSTATE EK024 carries the day's minutes before this write in DETAIL, for the error message.
CREATE FUNCTION "aktivitas_hari_ubah"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_counts boolean := TG_OP <> 'INSERT' AND OLD.status <> 'DITOLAK';
  new_counts boolean := TG_OP <> 'DELETE' AND NEW.status <> 'DITOLAK';
  same_day boolean := TG_OP = 'UPDATE' AND OLD.pegawai_id = NEW.pegawai_id AND OLD.tanggal = NEW.tanggal;
  delta integer;
  total integer;
BEGIN
  IF old_counts AND NOT (new_counts AND same_day) THEN
    UPDATE aktivitas_hari SET menit = menit - OLD.menit
    WHERE instansi_id = OLD.instansi_id AND pegawai_id = OLD.pegawai_id AND tanggal = OLD.tanggal;
  END IF;
  IF new_counts THEN
    delta := CASE WHEN old_counts AND same_day THEN NEW.menit - OLD.menit ELSE NEW.menit END;
    INSERT INTO aktivitas_hari AS h (instansi_id, pegawai_id, tanggal, menit)
    VALUES (NEW.instansi_id, NEW.pegawai_id, NEW.tanggal, delta)
    ON CONFLICT (instansi_id, pegawai_id, tanggal) DO UPDATE SET menit = h.menit + EXCLUDED.menit
    RETURNING h.menit INTO total;
    -- Only a write that adds time is refused; shortening or verifying an entry always goes through.
    IF delta > 0 AND total > 1440 THEN
      RAISE EXCEPTION 'aktivitas_hari_penuh' USING ERRCODE = 'EK024', DETAIL = (total - delta)::text;
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "aktivitas_hari_ubah" AFTER INSERT OR UPDATE OF status, menit, tanggal, pegawai_id OR DELETE ON "aktivitas"
FOR EACH ROW EXECUTE FUNCTION "aktivitas_hari_ubah"();
