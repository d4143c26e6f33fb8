-- CreateTable
CREATE TABLE "audits" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "industry" VARCHAR(100) NOT NULL,
    "company_size" VARCHAR(50) NOT NULL,
    "pain_points" JSONB NOT NULL,
    "current_systems" JSONB NOT NULL,
    "kpis" JSONB NOT NULL,
    "contact_info" JSONB NOT NULL,
    "status" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_responses" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "audit_id" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "step_number" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_responses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_results" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "audit_id" UUID NOT NULL,
    "maturity_score" INTEGER NOT NULL,
    "roi_forecast" JSONB NOT NULL,
    "recommendations" JSONB NOT NULL,
    "visual_data" JSONB NOT NULL,
    "generated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pdf_reports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "audit_result_id" UUID NOT NULL,
    "file_path" TEXT NOT NULL,
    "download_url" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "is_downloaded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "pdf_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_inquiries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(255) NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "company" VARCHAR(255),
    "inquiry_type" VARCHAR(50) NOT NULL,
    "message" TEXT NOT NULL,
    "status" VARCHAR(20) NOT NULL DEFAULT 'new',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_inquiries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_ups" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "inquiry_id" UUID NOT NULL,
    "action_type" VARCHAR(50) NOT NULL,
    "notes" TEXT,
    "scheduled_at" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_ups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admin_users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "username" VARCHAR(100) NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" VARCHAR(20) NOT NULL DEFAULT 'editor',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "last_login" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "admin_users_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_audits_industry" ON "audits"("industry");

-- CreateIndex
CREATE INDEX "idx_audits_status" ON "audits"("status");

-- CreateIndex
CREATE INDEX "idx_audits_created_at" ON "audits"("created_at" DESC);

-- CreateIndex
CREATE INDEX "idx_audit_responses_audit_id_step" ON "audit_responses"("audit_id", "step_number");

-- CreateIndex
CREATE UNIQUE INDEX "idx_audit_results_audit_id" ON "audit_results"("audit_id");

-- CreateIndex
CREATE UNIQUE INDEX "idx_pdf_reports_audit_result_id" ON "pdf_reports"("audit_result_id");

-- CreateIndex
CREATE INDEX "idx_contact_inquiries_status" ON "contact_inquiries"("status");

-- CreateIndex
CREATE INDEX "idx_contact_inquiries_created_at" ON "contact_inquiries"("created_at" DESC);

-- CreateIndex
CREATE INDEX "idx_follow_ups_inquiry_id" ON "follow_ups"("inquiry_id");

-- CreateIndex
CREATE INDEX "idx_follow_ups_scheduled_at" ON "follow_ups"("scheduled_at");

-- CreateIndex
CREATE UNIQUE INDEX "idx_admin_users_username" ON "admin_users"("username");

-- CreateIndex
CREATE UNIQUE INDEX "idx_admin_users_email" ON "admin_users"("email");

-- AddForeignKey
ALTER TABLE "audit_responses" ADD CONSTRAINT "audit_responses_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_results" ADD CONSTRAINT "audit_results_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pdf_reports" ADD CONSTRAINT "pdf_reports_audit_result_id_fkey" FOREIGN KEY ("audit_result_id") REFERENCES "audit_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_inquiry_id_fkey" FOREIGN KEY ("inquiry_id") REFERENCES "contact_inquiries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Constraints from the seed's DDL that Prisma's schema language cannot express.
ALTER TABLE "audits" ADD CONSTRAINT "audits_status_check"
    CHECK ("status" IN ('pending', 'processing', 'completed', 'failed'));
ALTER TABLE "audit_results" ADD CONSTRAINT "audit_results_maturity_score_check"
    CHECK ("maturity_score" >= 0 AND "maturity_score" <= 100);
ALTER TABLE "contact_inquiries" ADD CONSTRAINT "contact_inquiries_status_check"
    CHECK ("status" IN ('new', 'in_progress', 'resolved', 'closed'));
ALTER TABLE "admin_users" ADD CONSTRAINT "admin_users_role_check"
    CHECK ("role" IN ('admin', 'editor'));
