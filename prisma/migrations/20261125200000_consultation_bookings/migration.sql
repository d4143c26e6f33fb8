-- AlterTable
ALTER TABLE "follow_ups" ADD COLUMN     "booking_id" UUID,
ALTER COLUMN "inquiry_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "consultation_bookings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(255) NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "company" VARCHAR(255),
    "notes" TEXT,
    "audit_id" UUID,
    "starts_at" TIMESTAMPTZ(6) NOT NULL,
    "ends_at" TIMESTAMPTZ(6) NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "status" VARCHAR(20) NOT NULL DEFAULT 'confirmed',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "manage_token_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelled_at" TIMESTAMPTZ(6),

    CONSTRAINT "consultation_bookings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "idx_consultation_bookings_manage_token" ON "consultation_bookings"("manage_token_hash");

-- CreateIndex
CREATE INDEX "idx_consultation_bookings_starts_at" ON "consultation_bookings"("starts_at");

-- CreateIndex
CREATE INDEX "idx_consultation_bookings_email" ON "consultation_bookings"("email");

-- CreateIndex
CREATE INDEX "idx_follow_ups_booking_id" ON "follow_ups"("booking_id");

-- CreateIndex
CREATE INDEX "idx_email_messages_booking_id" ON "email_messages"("booking_id");

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "consultation_bookings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_bookings" ADD CONSTRAINT "consultation_bookings_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "consultation_bookings"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Constraints Prisma's schema language cannot express.
ALTER TABLE "consultation_bookings" ADD CONSTRAINT "consultation_bookings_status_check"
    CHECK ("status" IN ('confirmed', 'cancelled'));
ALTER TABLE "consultation_bookings" ADD CONSTRAINT "consultation_bookings_time_check"
    CHECK ("ends_at" > "starts_at");
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_lead_check"
    CHECK ("inquiry_id" IS NOT NULL OR "booking_id" IS NOT NULL);

-- No double booking, even under concurrent requests: two confirmed consultations may never
-- overlap. A GiST index on a range type needs no extension.
ALTER TABLE "consultation_bookings" ADD CONSTRAINT "consultation_bookings_no_overlap"
    EXCLUDE USING gist (tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" = 'confirmed');
