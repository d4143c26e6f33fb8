-- "Email me the results later": a wizard draft whose submit was rate-limited is stored as
-- "deferred" (answers and contact kept) until a background job scores it.
ALTER TABLE "audits" DROP CONSTRAINT "audits_status_check";
ALTER TABLE "audits" ADD CONSTRAINT "audits_status_check"
    CHECK ("status" IN ('draft', 'deferred', 'pending', 'processing', 'completed', 'failed'));
