-- Each staff member reads dates in their own time zone and locale. NULL means the default
-- (the browser's zone, then the team's zone from the consultation availability).
ALTER TABLE "admin_users" ADD COLUMN "time_zone" VARCHAR(64);
ALTER TABLE "admin_users" ADD COLUMN "locale" VARCHAR(35);

-- Staff search the outbox by any part of the recipient or the subject: a trigram index on the
-- same expression the query uses (src/server/email/outbox-queries.ts). pg_trgm exists since
-- the leads search migration.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "idx_email_messages_search" ON "email_messages"
    USING gin ((lower("to_address" || ' ' || "subject")) gin_trgm_ops);

-- The dashboard's funnel follows each audit of the range: its counted visit (events by audit)
-- and its consultation (bookings by audit).
CREATE INDEX "idx_analytics_events_audit_id" ON "analytics_events" ("audit_id") WHERE "audit_id" IS NOT NULL;
CREATE INDEX "idx_consultation_bookings_audit_id" ON "consultation_bookings" ("audit_id") WHERE "audit_id" IS NOT NULL;
