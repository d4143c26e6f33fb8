-- The analytics dashboard counts PDF downloads and bookings by date range: index those timestamps
-- so each figure is an index range scan (src/server/analytics/dashboard.ts).
-- CreateIndex
CREATE INDEX "idx_pdf_reports_downloaded_at" ON "pdf_reports"("downloaded_at");

-- CreateIndex
CREATE INDEX "idx_consultation_bookings_created_at" ON "consultation_bookings"("created_at");

