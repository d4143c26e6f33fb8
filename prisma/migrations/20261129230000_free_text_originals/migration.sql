-- Any range and any inquiry type are accepted and mapped (issue 15): the visitor's own words
-- are kept beside the mapped value, for display and for sales.

-- AlterTable
ALTER TABLE "audits" ADD COLUMN     "company_size_text" VARCHAR(100);

-- AlterTable
ALTER TABLE "contact_inquiries" ADD COLUMN     "inquiry_type_text" VARCHAR(50);
