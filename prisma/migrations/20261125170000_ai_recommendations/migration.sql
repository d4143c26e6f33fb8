-- AlterTable
ALTER TABLE "audit_results" ADD COLUMN     "model_used" VARCHAR(120),
ADD COLUMN     "recommendations_at" TIMESTAMPTZ(6),
ADD COLUMN     "recommendations_status" VARCHAR(20) NOT NULL DEFAULT 'complete';


ALTER TABLE "audit_results" ADD CONSTRAINT "audit_results_recommendations_status_check"
    CHECK ("recommendations_status" IN ('pending', 'streaming', 'complete', 'stopped', 'failed'));
