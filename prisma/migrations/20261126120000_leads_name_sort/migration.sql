-- The lead list sorts by name (A-Z and Z-A, id breaks ties): an index in that order, so a page
-- of names reads 25 index entries instead of sorting every lead.

-- CreateIndex
CREATE INDEX "idx_leads_name" ON "leads"("name", "id");
