-- Issue 8: staff sessions (idle/absolute time-outs, sign-out), the sales role, leads with their
-- activity timeline, follow-ups on audits, first-touch attribution of inquiries and bookings, and
-- first-party analytics events.

-- AlterTable
ALTER TABLE "contact_inquiries" ADD COLUMN     "referrer" VARCHAR(2000),
ADD COLUMN     "utm" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "follow_ups" ADD COLUMN     "audit_id" UUID,
ADD COLUMN     "completed_by_id" UUID,
ADD COLUMN     "created_by_id" UUID,
ADD COLUMN     "outcome" TEXT;

-- AlterTable
ALTER TABLE "consultation_bookings" ADD COLUMN     "referrer" VARCHAR(2000),
ADD COLUMN     "utm" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "staff_sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "revoked_at" TIMESTAMPTZ(6),
    "user_agent" VARCHAR(500),

    CONSTRAINT "staff_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "leads" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" VARCHAR(20) NOT NULL,
    "audit_id" UUID,
    "inquiry_id" UUID,
    "booking_id" UUID,
    "name" VARCHAR(255) NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "company" VARCHAR(255),
    "industry" VARCHAR(100),
    "company_size" VARCHAR(50),
    "maturity_score" INTEGER,
    "roi_annual_value" INTEGER,
    "status" VARCHAR(20) NOT NULL DEFAULT 'new',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "source" VARCHAR(200) NOT NULL DEFAULT 'direct',
    "campaign" VARCHAR(200),
    "assigned_to_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "leads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lead_activities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "lead_id" UUID NOT NULL,
    "actor_id" UUID,
    "type" VARCHAR(30) NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lead_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics_events" (
    "id" BIGSERIAL NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "visitor_id" VARCHAR(64) NOT NULL,
    "path" VARCHAR(500),
    "step" INTEGER,
    "label" VARCHAR(200),
    "audit_id" UUID,
    "source" VARCHAR(200) NOT NULL DEFAULT 'direct',
    "campaign" VARCHAR(200),
    "occurred_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "analytics_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_staff_sessions_user_id" ON "staff_sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "idx_leads_audit_id" ON "leads"("audit_id");

-- CreateIndex
CREATE UNIQUE INDEX "idx_leads_inquiry_id" ON "leads"("inquiry_id");

-- CreateIndex
CREATE UNIQUE INDEX "idx_leads_booking_id" ON "leads"("booking_id");

-- CreateIndex
CREATE INDEX "idx_leads_created_at" ON "leads"("created_at" DESC);

-- CreateIndex
CREATE INDEX "idx_leads_status_created_at" ON "leads"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "idx_leads_industry_created_at" ON "leads"("industry", "created_at" DESC);

-- CreateIndex
CREATE INDEX "idx_leads_priority" ON "leads"("priority" DESC, "created_at" DESC);

-- CreateIndex
CREATE INDEX "idx_leads_maturity_score" ON "leads"("maturity_score");

-- CreateIndex
CREATE INDEX "idx_leads_source" ON "leads"("source");

-- CreateIndex
CREATE INDEX "idx_leads_assigned_to_id" ON "leads"("assigned_to_id");

-- CreateIndex
CREATE INDEX "idx_leads_email" ON "leads"("email");

-- CreateIndex
CREATE INDEX "idx_lead_activities_lead_id" ON "lead_activities"("lead_id", "created_at");

-- CreateIndex
CREATE INDEX "idx_analytics_events_occurred_at" ON "analytics_events"("occurred_at");

-- CreateIndex
CREATE INDEX "idx_analytics_events_name_occurred_at" ON "analytics_events"("name", "occurred_at");

-- CreateIndex
CREATE INDEX "idx_follow_ups_audit_id" ON "follow_ups"("audit_id");

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_completed_by_id_fkey" FOREIGN KEY ("completed_by_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_inquiry_id_fkey" FOREIGN KEY ("inquiry_id") REFERENCES "contact_inquiries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "consultation_bookings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lead_activities" ADD CONSTRAINT "lead_activities_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lead_activities" ADD CONSTRAINT "lead_activities_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Constraints Prisma cannot express
ALTER TABLE "admin_users" DROP CONSTRAINT "admin_users_role_check";
ALTER TABLE "admin_users" ADD CONSTRAINT "admin_users_role_check" CHECK ("role" IN ('admin', 'editor', 'sales'));

ALTER TABLE "follow_ups" DROP CONSTRAINT "follow_ups_lead_check";
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_lead_check"
    CHECK ("inquiry_id" IS NOT NULL OR "booking_id" IS NOT NULL OR "audit_id" IS NOT NULL);

ALTER TABLE "leads" ADD CONSTRAINT "leads_kind_check" CHECK (
    ("kind" = 'audit' AND "audit_id" IS NOT NULL AND "inquiry_id" IS NULL AND "booking_id" IS NULL)
    OR ("kind" = 'inquiry' AND "inquiry_id" IS NOT NULL AND "audit_id" IS NULL AND "booking_id" IS NULL)
    OR ("kind" = 'booking' AND "booking_id" IS NOT NULL AND "audit_id" IS NULL AND "inquiry_id" IS NULL));
ALTER TABLE "leads" ADD CONSTRAINT "leads_status_check" CHECK ("status" IN ('new', 'in_progress', 'resolved', 'closed'));
ALTER TABLE "leads" ADD CONSTRAINT "leads_priority_check" CHECK ("priority" >= 0 AND "priority" <= 100);
ALTER TABLE "lead_activities" ADD CONSTRAINT "lead_activities_type_check" CHECK ("type" IN ('status_changed', 'assigned', 'note'));

ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_name_check" CHECK ("name" IN (
    'page_view', 'audit_started', 'audit_step', 'audit_submitted', 'results_viewed',
    'pdf_downloaded', 'contact_sent', 'consultation_booked', 'cta_click'));

-- Staff search leads by any part of a name, email or company: a trigram index on the same
-- expression the query uses (src/server/leads/list.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "idx_leads_search" ON "leads"
    USING gin ((lower("name" || ' ' || "email" || ' ' || coalesce("company", ''))) gin_trgm_ops);

-- Distinct visitors per event and day, for the dashboard and the funnel.
CREATE INDEX "idx_analytics_events_name_occurred_visitor" ON "analytics_events" ("name", "occurred_at", "visitor_id");
