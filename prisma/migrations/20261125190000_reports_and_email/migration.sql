-- AlterTable
ALTER TABLE "pdf_reports" ADD COLUMN     "byte_size" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "downloaded_at" TIMESTAMPTZ(6),
ADD COLUMN     "page_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rendered_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "email_messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" VARCHAR(50) NOT NULL,
    "to_address" VARCHAR(320) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" VARCHAR(20) NOT NULL DEFAULT 'queued',
    "transport" VARCHAR(40),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "provider_id" VARCHAR(200),
    "dedupe_key" VARCHAR(200),
    "audit_id" UUID,
    "inquiry_id" UUID,
    "booking_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(6),

    CONSTRAINT "email_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "idx_email_messages_dedupe_key" ON "email_messages"("dedupe_key");

-- CreateIndex
CREATE INDEX "idx_email_messages_created_at" ON "email_messages"("created_at" DESC);

-- CreateIndex
CREATE INDEX "idx_email_messages_status" ON "email_messages"("status");

-- CreateIndex
CREATE INDEX "idx_email_messages_audit_id" ON "email_messages"("audit_id");

-- CreateIndex
CREATE INDEX "idx_email_messages_inquiry_id" ON "email_messages"("inquiry_id");

-- AddForeignKey
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_inquiry_id_fkey" FOREIGN KEY ("inquiry_id") REFERENCES "contact_inquiries"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Outbox states and sane counters (see schema.prisma)
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_status_check" CHECK ("status" IN ('queued', 'sent', 'kept', 'failed'));
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_attempts_check" CHECK ("attempts" >= 0);
ALTER TABLE "pdf_reports" ADD CONSTRAINT "pdf_reports_sizes_check" CHECK ("byte_size" >= 0 AND "page_count" >= 0);
