import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres';

// A/B experiments (issue 23): the experiments collection and its variants (cms/collections/Experiments).

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "payload"."enum_experiments_surface" AS ENUM('home-hero', 'audit-cta', 'booking-prompt');
  CREATE TYPE "payload"."enum_experiments_goal" AS ENUM('audit_started', 'audit_submitted', 'consultation_booked');
  CREATE TYPE "payload"."enum_experiments_audience" AS ENUM('everyone', 'test-link');
  CREATE TYPE "payload"."enum_experiments_status" AS ENUM('draft', 'running', 'stopped');
  CREATE TABLE "payload"."experiments_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"weight" numeric DEFAULT 50 NOT NULL,
  	"headline" varchar NOT NULL,
  	"subheadline" varchar,
  	"cta_label" varchar NOT NULL
  );
  
  CREATE TABLE "payload"."experiments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"surface" "payload"."enum_experiments_surface" NOT NULL,
  	"goal" "payload"."enum_experiments_goal" DEFAULT 'audit_started' NOT NULL,
  	"audience" "payload"."enum_experiments_audience" DEFAULT 'everyone' NOT NULL,
  	"status" "payload"."enum_experiments_status" DEFAULT 'draft' NOT NULL,
  	"start_at" timestamp(3) with time zone,
  	"stop_at" timestamp(3) with time zone,
  	"chosen_variant" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload"."payload_locked_documents_rels" ADD COLUMN "experiments_id" integer;
  ALTER TABLE "payload"."experiments_variants" ADD CONSTRAINT "experiments_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."experiments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "experiments_variants_order_idx" ON "payload"."experiments_variants" USING btree ("_order");
  CREATE INDEX "experiments_variants_parent_id_idx" ON "payload"."experiments_variants" USING btree ("_parent_id");
  CREATE INDEX "experiments_updated_at_idx" ON "payload"."experiments" USING btree ("updated_at");
  CREATE INDEX "experiments_created_at_idx" ON "payload"."experiments" USING btree ("created_at");
  ALTER TABLE "payload"."payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_experiments_fk" FOREIGN KEY ("experiments_id") REFERENCES "payload"."experiments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_experiments_id_idx" ON "payload"."payload_locked_documents_rels" USING btree ("experiments_id");`);
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload"."experiments_variants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload"."experiments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload"."experiments_variants" CASCADE;
  DROP TABLE "payload"."experiments" CASCADE;
  ALTER TABLE "payload"."payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_experiments_fk";
  
  DROP INDEX "payload"."payload_locked_documents_rels_experiments_id_idx";
  ALTER TABLE "payload"."payload_locked_documents_rels" DROP COLUMN "experiments_id";
  DROP TYPE "payload"."enum_experiments_surface";
  DROP TYPE "payload"."enum_experiments_goal";
  DROP TYPE "payload"."enum_experiments_audience";
  DROP TYPE "payload"."enum_experiments_status";`);
}
