-- Issue 18: staff accounts end to end. An invited account has no password until its owner
-- sets one through the emailed link (password_hash NULL means "invitation pending"), and every
-- staff change and sign-in is recorded in staff_events (kept for RETENTION_STAFF_LOG_MONTHS).

-- AlterTable
ALTER TABLE "admin_users" ALTER COLUMN "password_hash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "staff_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "occurred_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" VARCHAR(40) NOT NULL,
    "actor_id" UUID,
    "actor_email" VARCHAR(255),
    "target_id" UUID,
    "target_email" VARCHAR(255),
    "ip" VARCHAR(64),
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "staff_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_staff_events_occurred_at" ON "staff_events"("occurred_at" DESC);

-- CreateIndex
CREATE INDEX "idx_staff_events_target_id" ON "staff_events"("target_id");

-- AddForeignKey
ALTER TABLE "staff_events" ADD CONSTRAINT "staff_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_events" ADD CONSTRAINT "staff_events_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
