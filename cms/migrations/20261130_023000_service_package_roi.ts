import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres';

// One price model (issue 16): a service package carries the ROI parameters it stands for, and
// one package prices the audit's ROI forecast and the calculator. The seeded "Automation Pilot"
// (EUR 18,000 per process) becomes that package, so /pricing and the forecasts agree.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload"."service_packages" ADD COLUMN "prices_roi" boolean DEFAULT false;
  ALTER TABLE "payload"."service_packages" ADD COLUMN "roi_base_cost" numeric;
  ALTER TABLE "payload"."service_packages" ADD COLUMN "roi_per_process_cost" numeric;
  UPDATE "payload"."service_packages" SET "prices_roi" = true, "roi_base_cost" = 0, "roi_per_process_cost" = "price"
    WHERE "name" = 'Automation Pilot' AND "price_unit" = 'per process';`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload"."service_packages" DROP COLUMN "prices_roi";
  ALTER TABLE "payload"."service_packages" DROP COLUMN "roi_base_cost";
  ALTER TABLE "payload"."service_packages" DROP COLUMN "roi_per_process_cost";`);
}
