-- AlterTable
ALTER TABLE "audits" ADD COLUMN     "config_version" VARCHAR(64),
ADD COLUMN     "contact_email" VARCHAR(255),
ADD COLUMN     "current_step" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "employee_count" INTEGER,
ADD COLUMN     "failure_reason" TEXT,
ADD COLUMN     "industry_text" VARCHAR(200),
ADD COLUMN     "maturity_answers" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "referrer" VARCHAR(2000),
ADD COLUMN     "source" VARCHAR(20) NOT NULL DEFAULT 'wizard',
ADD COLUMN     "submitted_at" TIMESTAMPTZ(6),
ADD COLUMN     "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "utm" JSONB NOT NULL DEFAULT '{}',
ALTER COLUMN "company_size" SET DEFAULT '',
ALTER COLUMN "pain_points" SET DEFAULT '[]',
ALTER COLUMN "current_systems" SET DEFAULT '[]',
ALTER COLUMN "kpis" SET DEFAULT '[]',
ALTER COLUMN "contact_info" SET DEFAULT '{}';

-- AlterTable
ALTER TABLE "audit_results" ADD COLUMN "tier" VARCHAR(40) NOT NULL,
ADD COLUMN "dimension_scores" JSONB NOT NULL;

-- CreateTable
CREATE TABLE "audit_config_snapshots" (
    "id" VARCHAR(64) NOT NULL,
    "config" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_config_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "idx_audits_contact_email" ON "audits"("contact_email");

-- AddForeignKey
ALTER TABLE "audits" ADD CONSTRAINT "audits_config_version_fkey" FOREIGN KEY ("config_version") REFERENCES "audit_config_snapshots"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A wizard in progress is a "draft" until it is submitted, then the seed lifecycle applies.
ALTER TABLE "audits" DROP CONSTRAINT "audits_status_check";
ALTER TABLE "audits" ADD CONSTRAINT "audits_status_check"
    CHECK ("status" IN ('draft', 'pending', 'processing', 'completed', 'failed'));
ALTER TABLE "audits" ADD CONSTRAINT "audits_source_check" CHECK ("source" IN ('wizard', 'api'));
ALTER TABLE "audit_responses" ADD CONSTRAINT "audit_responses_step_number_check" CHECK ("step_number" >= 1);
