-- Issue 20: one-time links (hashed, expiring, single use) and the record of data-rights
-- requests and retention runs.

-- CreateTable
CREATE TABLE "one_time_links" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "purpose" VARCHAR(40) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "subject" VARCHAR(320) NOT NULL,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "used_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "one_time_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "privacy_requests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" VARCHAR(20) NOT NULL,
    "state" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "channel" VARCHAR(20) NOT NULL,
    "subject_hash" VARCHAR(64),
    "link_id" UUID,
    "actor_id" UUID,
    "summary" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),

    CONSTRAINT "privacy_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "idx_one_time_links_token_hash" ON "one_time_links"("token_hash");

-- CreateIndex
CREATE INDEX "idx_one_time_links_subject" ON "one_time_links"("subject");

-- CreateIndex
CREATE INDEX "idx_one_time_links_expires_at" ON "one_time_links"("expires_at");

-- CreateIndex
CREATE INDEX "idx_privacy_requests_created_at" ON "privacy_requests"("created_at" DESC);

-- CreateIndex
CREATE INDEX "idx_privacy_requests_link_id" ON "privacy_requests"("link_id");

-- AddForeignKey
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "one_time_links"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CHECK constraints Prisma cannot express.
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_kind_check" CHECK ("kind" IN ('export', 'erase', 'retention'));
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_state_check" CHECK ("state" IN ('pending', 'completed', 'failed'));
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_channel_check" CHECK ("channel" IN ('self_service', 'staff', 'schedule'));
ALTER TABLE "one_time_links" ADD CONSTRAINT "one_time_links_expiry_check" CHECK ("expires_at" > "created_at");
