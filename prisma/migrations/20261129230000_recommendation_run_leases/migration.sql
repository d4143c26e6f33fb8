-- Recommendation runs are owned through the database, so any app instance can follow, stop or
-- take over a run: the owner holds a lease that it renews while it writes, and a lease that stops
-- being renewed (the owner died) is taken over by the next watcher on any instance. Every write
-- bumps run_version and is announced on NOTIFY channel xteam_recommendation_runs.

-- AlterTable
ALTER TABLE "audit_results"
ADD COLUMN     "run_owner" VARCHAR(120),
ADD COLUMN     "run_lease_until" TIMESTAMPTZ(6),
ADD COLUMN     "run_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "run_stop_requested" BOOLEAN NOT NULL DEFAULT false;
