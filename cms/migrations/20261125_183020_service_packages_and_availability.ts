import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "payload"."enum_service_packages_price_type" AS ENUM('fixed', 'from');
  CREATE TYPE "payload"."enum_consultation_availability_working_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TABLE "payload"."service_packages_included" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL
  );
  
  CREATE TABLE "payload"."service_packages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"price_type" "payload"."enum_service_packages_price_type" DEFAULT 'fixed' NOT NULL,
  	"price" numeric NOT NULL,
  	"currency" varchar DEFAULT 'EUR' NOT NULL,
  	"price_unit" varchar,
  	"timeline" varchar,
  	"audience" varchar NOT NULL,
  	"cta_label" varchar NOT NULL,
  	"cta_href" varchar NOT NULL,
  	"order" numeric DEFAULT 10 NOT NULL,
  	"highlighted" boolean DEFAULT false,
  	"published" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload"."consultation_availability_working_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "payload"."enum_consultation_availability_working_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "payload"."consultation_availability" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"time_zone" varchar DEFAULT 'Europe/Berlin' NOT NULL,
  	"day_start" varchar NOT NULL,
  	"day_end" varchar NOT NULL,
  	"duration_minutes" numeric NOT NULL,
  	"buffer_minutes" numeric NOT NULL,
  	"minimum_notice_hours" numeric NOT NULL,
  	"horizon_days" numeric NOT NULL,
  	"meeting_details" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload"."payload_locked_documents_rels" ADD COLUMN "service_packages_id" integer;
  ALTER TABLE "payload"."service_packages_included" ADD CONSTRAINT "service_packages_included_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."service_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."consultation_availability_working_days" ADD CONSTRAINT "consultation_availability_working_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "payload"."consultation_availability"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "service_packages_included_order_idx" ON "payload"."service_packages_included" USING btree ("_order");
  CREATE INDEX "service_packages_included_parent_id_idx" ON "payload"."service_packages_included" USING btree ("_parent_id");
  CREATE INDEX "service_packages_updated_at_idx" ON "payload"."service_packages" USING btree ("updated_at");
  CREATE INDEX "service_packages_created_at_idx" ON "payload"."service_packages" USING btree ("created_at");
  CREATE INDEX "consultation_availability_working_days_order_idx" ON "payload"."consultation_availability_working_days" USING btree ("order");
  CREATE INDEX "consultation_availability_working_days_parent_idx" ON "payload"."consultation_availability_working_days" USING btree ("parent_id");
  ALTER TABLE "payload"."payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_packages_fk" FOREIGN KEY ("service_packages_id") REFERENCES "payload"."service_packages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_service_packages_id_idx" ON "payload"."payload_locked_documents_rels" USING btree ("service_packages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload"."service_packages_included" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload"."service_packages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload"."consultation_availability_working_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload"."consultation_availability" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload"."service_packages_included" CASCADE;
  DROP TABLE "payload"."service_packages" CASCADE;
  DROP TABLE "payload"."consultation_availability_working_days" CASCADE;
  DROP TABLE "payload"."consultation_availability" CASCADE;
  ALTER TABLE "payload"."payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_packages_fk";
  
  DROP INDEX "payload"."payload_locked_documents_rels_service_packages_id_idx";
  ALTER TABLE "payload"."payload_locked_documents_rels" DROP COLUMN "service_packages_id";
  DROP TYPE "payload"."enum_service_packages_price_type";
  DROP TYPE "payload"."enum_consultation_availability_working_days";`)
}
