CREATE INDEX "aktivitas_status_pegawai_idx" ON "aktivitas" USING btree ("instansi_id","status","pegawai_id","tanggal");--> statement-breakpoint
DROP INDEX "aktivitas_status_idx";