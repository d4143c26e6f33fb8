-- The consent a form asked for with an inquiry (the ROI calculator's "email me this estimate").
ALTER TABLE "contact_inquiries" ADD COLUMN "consent" JSONB;
