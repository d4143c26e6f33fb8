-- A/B experiments (issue 23): the proxy records an "experiment_exposure" event per visitor and
-- variant, labelled <experiment id>.<variant key>. The CHECK constraint gains the name.
ALTER TABLE "analytics_events" DROP CONSTRAINT "analytics_events_name_check";
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_name_check" CHECK ("name" IN (
    'page_view', 'audit_started', 'audit_step', 'audit_submitted', 'results_viewed',
    'pdf_downloaded', 'contact_sent', 'consultation_booked', 'cta_click', 'experiment_exposure'));

-- /admin/experiments: the exposures of one experiment (label prefix), each visitor's first one.
CREATE INDEX "idx_analytics_events_exposures" ON "analytics_events" ("label" text_pattern_ops, "visitor_id", "occurred_at")
    WHERE "name" = 'experiment_exposure';
