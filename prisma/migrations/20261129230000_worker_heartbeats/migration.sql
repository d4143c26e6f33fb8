-- Background workers announce themselves here every few seconds, so /api/health can tell a
-- stopped worker from an idle one (see src/server/jobs/heartbeat.ts).

-- CreateTable
CREATE TABLE "worker_heartbeats" (
    "id" VARCHAR(200) NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "pid" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "beat_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "worker_heartbeats_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_worker_heartbeats_beat_at" ON "worker_heartbeats"("beat_at");
