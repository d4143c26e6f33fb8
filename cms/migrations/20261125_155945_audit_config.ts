import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "payload"."enum_audit_config_dimensions_key" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum_audit_config_pain_points_informs_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum_audit_config_pain_points_process_type" AS ENUM('data-entry', 'document-processing', 'reporting', 'customer-communication', 'scheduling', 'reconciliation', 'approvals', 'general');
  CREATE TYPE "payload"."enum_audit_config_systems_informs_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum_audit_config_systems_category" AS ENUM('erp', 'crm', 'spreadsheets', 'accounting', 'helpdesk', 'communication', 'data', 'automation', 'custom');
  CREATE TYPE "payload"."enum_audit_config_kpis_informs_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum_audit_config_questions_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum_audit_config_roi_automation_share_process_type" AS ENUM('data-entry', 'document-processing', 'reporting', 'customer-communication', 'scheduling', 'reconciliation', 'approvals', 'general');
  CREATE TYPE "payload"."enum_audit_config_playbooks_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum_audit_config_playbooks_impact" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "payload"."enum_audit_config_playbooks_effort" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "payload"."enum_audit_config_status" AS ENUM('draft', 'published');
  CREATE TYPE "payload"."enum__audit_config_v_version_dimensions_key" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum__audit_config_v_version_pain_points_informs_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum__audit_config_v_version_pain_points_process_type" AS ENUM('data-entry', 'document-processing', 'reporting', 'customer-communication', 'scheduling', 'reconciliation', 'approvals', 'general');
  CREATE TYPE "payload"."enum__audit_config_v_version_systems_informs_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum__audit_config_v_version_systems_category" AS ENUM('erp', 'crm', 'spreadsheets', 'accounting', 'helpdesk', 'communication', 'data', 'automation', 'custom');
  CREATE TYPE "payload"."enum__audit_config_v_version_kpis_informs_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum__audit_config_v_version_questions_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum__audit_config_v_version_roi_automation_share_process_type" AS ENUM('data-entry', 'document-processing', 'reporting', 'customer-communication', 'scheduling', 'reconciliation', 'approvals', 'general');
  CREATE TYPE "payload"."enum__audit_config_v_version_playbooks_dimension" AS ENUM('process', 'data', 'technology', 'strategy', 'people', 'governance');
  CREATE TYPE "payload"."enum__audit_config_v_version_playbooks_impact" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "payload"."enum__audit_config_v_version_playbooks_effort" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "payload"."enum__audit_config_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "payload"."audit_config_dimensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" "payload"."enum_audit_config_dimensions_key",
  	"label" varchar,
  	"weight" numeric,
  	"description" varchar
  );
  
  CREATE TABLE "payload"."audit_config_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"min" numeric,
  	"summary" varchar
  );
  
  CREATE TABLE "payload"."audit_config_industries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"benchmark_process" numeric,
  	"benchmark_data" numeric,
  	"benchmark_technology" numeric,
  	"benchmark_strategy" numeric,
  	"benchmark_people" numeric,
  	"benchmark_governance" numeric
  );
  
  CREATE TABLE "payload"."audit_config_company_sizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"min_employees" numeric,
  	"max_employees" numeric,
  	"hourly_cost" numeric,
  	"implementation_multiplier" numeric
  );
  
  CREATE TABLE "payload"."audit_config_pain_points_informs" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"dimension" "payload"."enum_audit_config_pain_points_informs_dimension",
  	"level" numeric
  );
  
  CREATE TABLE "payload"."audit_config_pain_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"process_type" "payload"."enum_audit_config_pain_points_process_type",
  	"weekly_hours_per100_employees" numeric
  );
  
  CREATE TABLE "payload"."audit_config_systems_informs" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"dimension" "payload"."enum_audit_config_systems_informs_dimension",
  	"level" numeric
  );
  
  CREATE TABLE "payload"."audit_config_systems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"category" "payload"."enum_audit_config_systems_category"
  );
  
  CREATE TABLE "payload"."audit_config_kpis_informs" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"dimension" "payload"."enum_audit_config_kpis_informs_dimension",
  	"level" numeric
  );
  
  CREATE TABLE "payload"."audit_config_kpis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "payload"."audit_config_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" "payload"."enum_audit_config_questions_dimension",
  	"text" varchar
  );
  
  CREATE TABLE "payload"."audit_config_roi_automation_share" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"process_type" "payload"."enum_audit_config_roi_automation_share_process_type",
  	"conservative" numeric,
  	"expected" numeric
  );
  
  CREATE TABLE "payload"."audit_config_playbooks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"summary" varchar,
  	"dimension" "payload"."enum_audit_config_playbooks_dimension",
  	"impact" "payload"."enum_audit_config_playbooks_impact",
  	"effort" "payload"."enum_audit_config_playbooks_effort",
  	"timeframe" varchar,
  	"first_step" varchar
  );
  
  CREATE TABLE "payload"."audit_config" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"currency" varchar DEFAULT 'EUR',
  	"signal_weight" numeric,
  	"roi_working_weeks_per_year" numeric,
  	"roi_default_weekly_hours_per100_employees" numeric,
  	"roi_max_weekly_hours_per_process" numeric,
  	"roi_maintenance_share" numeric,
  	"roi_risk_adjustment_conservative" numeric,
  	"roi_risk_adjustment_expected" numeric,
  	"roi_implementation_base_cost" numeric,
  	"roi_implementation_per_process_cost" numeric,
  	"roi_implementation_contingency" numeric,
  	"_status" "payload"."enum_audit_config_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload"."audit_config_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_dimensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" "payload"."enum__audit_config_v_version_dimensions_key",
  	"label" varchar,
  	"weight" numeric,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"min" numeric,
  	"summary" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_industries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"benchmark_process" numeric,
  	"benchmark_data" numeric,
  	"benchmark_technology" numeric,
  	"benchmark_strategy" numeric,
  	"benchmark_people" numeric,
  	"benchmark_governance" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_company_sizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"min_employees" numeric,
  	"max_employees" numeric,
  	"hourly_cost" numeric,
  	"implementation_multiplier" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_pain_points_informs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"dimension" "payload"."enum__audit_config_v_version_pain_points_informs_dimension",
  	"level" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_pain_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"process_type" "payload"."enum__audit_config_v_version_pain_points_process_type",
  	"weekly_hours_per100_employees" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_systems_informs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"dimension" "payload"."enum__audit_config_v_version_systems_informs_dimension",
  	"level" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_systems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"category" "payload"."enum__audit_config_v_version_systems_category",
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_kpis_informs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"dimension" "payload"."enum__audit_config_v_version_kpis_informs_dimension",
  	"level" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_kpis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" "payload"."enum__audit_config_v_version_questions_dimension",
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_roi_automation_share" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"process_type" "payload"."enum__audit_config_v_version_roi_automation_share_process_type",
  	"conservative" numeric,
  	"expected" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v_version_playbooks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"summary" varchar,
  	"dimension" "payload"."enum__audit_config_v_version_playbooks_dimension",
  	"impact" "payload"."enum__audit_config_v_version_playbooks_impact",
  	"effort" "payload"."enum__audit_config_v_version_playbooks_effort",
  	"timeframe" varchar,
  	"first_step" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload"."_audit_config_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_currency" varchar DEFAULT 'EUR',
  	"version_signal_weight" numeric,
  	"version_roi_working_weeks_per_year" numeric,
  	"version_roi_default_weekly_hours_per100_employees" numeric,
  	"version_roi_max_weekly_hours_per_process" numeric,
  	"version_roi_maintenance_share" numeric,
  	"version_roi_risk_adjustment_conservative" numeric,
  	"version_roi_risk_adjustment_expected" numeric,
  	"version_roi_implementation_base_cost" numeric,
  	"version_roi_implementation_per_process_cost" numeric,
  	"version_roi_implementation_contingency" numeric,
  	"version__status" "payload"."enum__audit_config_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "payload"."_audit_config_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload"."audit_config_dimensions" ADD CONSTRAINT "audit_config_dimensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_tiers" ADD CONSTRAINT "audit_config_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_industries" ADD CONSTRAINT "audit_config_industries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_company_sizes" ADD CONSTRAINT "audit_config_company_sizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_pain_points_informs" ADD CONSTRAINT "audit_config_pain_points_informs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config_pain_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_pain_points" ADD CONSTRAINT "audit_config_pain_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_systems_informs" ADD CONSTRAINT "audit_config_systems_informs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config_systems"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_systems" ADD CONSTRAINT "audit_config_systems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_kpis_informs" ADD CONSTRAINT "audit_config_kpis_informs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config_kpis"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_kpis" ADD CONSTRAINT "audit_config_kpis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_questions" ADD CONSTRAINT "audit_config_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_roi_automation_share" ADD CONSTRAINT "audit_config_roi_automation_share_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_playbooks" ADD CONSTRAINT "audit_config_playbooks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."audit_config_texts" ADD CONSTRAINT "audit_config_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "payload"."audit_config"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_dimensions" ADD CONSTRAINT "_audit_config_v_version_dimensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_tiers" ADD CONSTRAINT "_audit_config_v_version_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_industries" ADD CONSTRAINT "_audit_config_v_version_industries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_company_sizes" ADD CONSTRAINT "_audit_config_v_version_company_sizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_pain_points_informs" ADD CONSTRAINT "_audit_config_v_version_pain_points_informs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v_version_pain_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_pain_points" ADD CONSTRAINT "_audit_config_v_version_pain_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_systems_informs" ADD CONSTRAINT "_audit_config_v_version_systems_informs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v_version_systems"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_systems" ADD CONSTRAINT "_audit_config_v_version_systems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_kpis_informs" ADD CONSTRAINT "_audit_config_v_version_kpis_informs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v_version_kpis"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_kpis" ADD CONSTRAINT "_audit_config_v_version_kpis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_questions" ADD CONSTRAINT "_audit_config_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_roi_automation_share" ADD CONSTRAINT "_audit_config_v_version_roi_automation_share_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_version_playbooks" ADD CONSTRAINT "_audit_config_v_version_playbooks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload"."_audit_config_v_texts" ADD CONSTRAINT "_audit_config_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "payload"."_audit_config_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "audit_config_dimensions_order_idx" ON "payload"."audit_config_dimensions" USING btree ("_order");
  CREATE INDEX "audit_config_dimensions_parent_id_idx" ON "payload"."audit_config_dimensions" USING btree ("_parent_id");
  CREATE INDEX "audit_config_tiers_order_idx" ON "payload"."audit_config_tiers" USING btree ("_order");
  CREATE INDEX "audit_config_tiers_parent_id_idx" ON "payload"."audit_config_tiers" USING btree ("_parent_id");
  CREATE INDEX "audit_config_industries_order_idx" ON "payload"."audit_config_industries" USING btree ("_order");
  CREATE INDEX "audit_config_industries_parent_id_idx" ON "payload"."audit_config_industries" USING btree ("_parent_id");
  CREATE INDEX "audit_config_company_sizes_order_idx" ON "payload"."audit_config_company_sizes" USING btree ("_order");
  CREATE INDEX "audit_config_company_sizes_parent_id_idx" ON "payload"."audit_config_company_sizes" USING btree ("_parent_id");
  CREATE INDEX "audit_config_pain_points_informs_order_idx" ON "payload"."audit_config_pain_points_informs" USING btree ("_order");
  CREATE INDEX "audit_config_pain_points_informs_parent_id_idx" ON "payload"."audit_config_pain_points_informs" USING btree ("_parent_id");
  CREATE INDEX "audit_config_pain_points_order_idx" ON "payload"."audit_config_pain_points" USING btree ("_order");
  CREATE INDEX "audit_config_pain_points_parent_id_idx" ON "payload"."audit_config_pain_points" USING btree ("_parent_id");
  CREATE INDEX "audit_config_systems_informs_order_idx" ON "payload"."audit_config_systems_informs" USING btree ("_order");
  CREATE INDEX "audit_config_systems_informs_parent_id_idx" ON "payload"."audit_config_systems_informs" USING btree ("_parent_id");
  CREATE INDEX "audit_config_systems_order_idx" ON "payload"."audit_config_systems" USING btree ("_order");
  CREATE INDEX "audit_config_systems_parent_id_idx" ON "payload"."audit_config_systems" USING btree ("_parent_id");
  CREATE INDEX "audit_config_kpis_informs_order_idx" ON "payload"."audit_config_kpis_informs" USING btree ("_order");
  CREATE INDEX "audit_config_kpis_informs_parent_id_idx" ON "payload"."audit_config_kpis_informs" USING btree ("_parent_id");
  CREATE INDEX "audit_config_kpis_order_idx" ON "payload"."audit_config_kpis" USING btree ("_order");
  CREATE INDEX "audit_config_kpis_parent_id_idx" ON "payload"."audit_config_kpis" USING btree ("_parent_id");
  CREATE INDEX "audit_config_questions_order_idx" ON "payload"."audit_config_questions" USING btree ("_order");
  CREATE INDEX "audit_config_questions_parent_id_idx" ON "payload"."audit_config_questions" USING btree ("_parent_id");
  CREATE INDEX "audit_config_roi_automation_share_order_idx" ON "payload"."audit_config_roi_automation_share" USING btree ("_order");
  CREATE INDEX "audit_config_roi_automation_share_parent_id_idx" ON "payload"."audit_config_roi_automation_share" USING btree ("_parent_id");
  CREATE INDEX "audit_config_playbooks_order_idx" ON "payload"."audit_config_playbooks" USING btree ("_order");
  CREATE INDEX "audit_config_playbooks_parent_id_idx" ON "payload"."audit_config_playbooks" USING btree ("_parent_id");
  CREATE INDEX "audit_config__status_idx" ON "payload"."audit_config" USING btree ("_status");
  CREATE INDEX "audit_config_texts_order_parent" ON "payload"."audit_config_texts" USING btree ("order","parent_id");
  CREATE INDEX "_audit_config_v_version_dimensions_order_idx" ON "payload"."_audit_config_v_version_dimensions" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_dimensions_parent_id_idx" ON "payload"."_audit_config_v_version_dimensions" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_tiers_order_idx" ON "payload"."_audit_config_v_version_tiers" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_tiers_parent_id_idx" ON "payload"."_audit_config_v_version_tiers" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_industries_order_idx" ON "payload"."_audit_config_v_version_industries" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_industries_parent_id_idx" ON "payload"."_audit_config_v_version_industries" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_company_sizes_order_idx" ON "payload"."_audit_config_v_version_company_sizes" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_company_sizes_parent_id_idx" ON "payload"."_audit_config_v_version_company_sizes" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_pain_points_informs_order_idx" ON "payload"."_audit_config_v_version_pain_points_informs" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_pain_points_informs_parent_id_idx" ON "payload"."_audit_config_v_version_pain_points_informs" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_pain_points_order_idx" ON "payload"."_audit_config_v_version_pain_points" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_pain_points_parent_id_idx" ON "payload"."_audit_config_v_version_pain_points" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_systems_informs_order_idx" ON "payload"."_audit_config_v_version_systems_informs" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_systems_informs_parent_id_idx" ON "payload"."_audit_config_v_version_systems_informs" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_systems_order_idx" ON "payload"."_audit_config_v_version_systems" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_systems_parent_id_idx" ON "payload"."_audit_config_v_version_systems" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_kpis_informs_order_idx" ON "payload"."_audit_config_v_version_kpis_informs" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_kpis_informs_parent_id_idx" ON "payload"."_audit_config_v_version_kpis_informs" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_kpis_order_idx" ON "payload"."_audit_config_v_version_kpis" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_kpis_parent_id_idx" ON "payload"."_audit_config_v_version_kpis" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_questions_order_idx" ON "payload"."_audit_config_v_version_questions" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_questions_parent_id_idx" ON "payload"."_audit_config_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_roi_automation_share_order_idx" ON "payload"."_audit_config_v_version_roi_automation_share" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_roi_automation_share_parent_id_idx" ON "payload"."_audit_config_v_version_roi_automation_share" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_playbooks_order_idx" ON "payload"."_audit_config_v_version_playbooks" USING btree ("_order");
  CREATE INDEX "_audit_config_v_version_playbooks_parent_id_idx" ON "payload"."_audit_config_v_version_playbooks" USING btree ("_parent_id");
  CREATE INDEX "_audit_config_v_version_version__status_idx" ON "payload"."_audit_config_v" USING btree ("version__status");
  CREATE INDEX "_audit_config_v_created_at_idx" ON "payload"."_audit_config_v" USING btree ("created_at");
  CREATE INDEX "_audit_config_v_updated_at_idx" ON "payload"."_audit_config_v" USING btree ("updated_at");
  CREATE INDEX "_audit_config_v_latest_idx" ON "payload"."_audit_config_v" USING btree ("latest");
  CREATE INDEX "_audit_config_v_texts_order_parent" ON "payload"."_audit_config_v_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "payload"."audit_config_dimensions" CASCADE;
  DROP TABLE "payload"."audit_config_tiers" CASCADE;
  DROP TABLE "payload"."audit_config_industries" CASCADE;
  DROP TABLE "payload"."audit_config_company_sizes" CASCADE;
  DROP TABLE "payload"."audit_config_pain_points_informs" CASCADE;
  DROP TABLE "payload"."audit_config_pain_points" CASCADE;
  DROP TABLE "payload"."audit_config_systems_informs" CASCADE;
  DROP TABLE "payload"."audit_config_systems" CASCADE;
  DROP TABLE "payload"."audit_config_kpis_informs" CASCADE;
  DROP TABLE "payload"."audit_config_kpis" CASCADE;
  DROP TABLE "payload"."audit_config_questions" CASCADE;
  DROP TABLE "payload"."audit_config_roi_automation_share" CASCADE;
  DROP TABLE "payload"."audit_config_playbooks" CASCADE;
  DROP TABLE "payload"."audit_config" CASCADE;
  DROP TABLE "payload"."audit_config_texts" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_dimensions" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_tiers" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_industries" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_company_sizes" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_pain_points_informs" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_pain_points" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_systems_informs" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_systems" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_kpis_informs" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_kpis" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_questions" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_roi_automation_share" CASCADE;
  DROP TABLE "payload"."_audit_config_v_version_playbooks" CASCADE;
  DROP TABLE "payload"."_audit_config_v" CASCADE;
  DROP TABLE "payload"."_audit_config_v_texts" CASCADE;
  DROP TYPE "payload"."enum_audit_config_dimensions_key";
  DROP TYPE "payload"."enum_audit_config_pain_points_informs_dimension";
  DROP TYPE "payload"."enum_audit_config_pain_points_process_type";
  DROP TYPE "payload"."enum_audit_config_systems_informs_dimension";
  DROP TYPE "payload"."enum_audit_config_systems_category";
  DROP TYPE "payload"."enum_audit_config_kpis_informs_dimension";
  DROP TYPE "payload"."enum_audit_config_questions_dimension";
  DROP TYPE "payload"."enum_audit_config_roi_automation_share_process_type";
  DROP TYPE "payload"."enum_audit_config_playbooks_dimension";
  DROP TYPE "payload"."enum_audit_config_playbooks_impact";
  DROP TYPE "payload"."enum_audit_config_playbooks_effort";
  DROP TYPE "payload"."enum_audit_config_status";
  DROP TYPE "payload"."enum__audit_config_v_version_dimensions_key";
  DROP TYPE "payload"."enum__audit_config_v_version_pain_points_informs_dimension";
  DROP TYPE "payload"."enum__audit_config_v_version_pain_points_process_type";
  DROP TYPE "payload"."enum__audit_config_v_version_systems_informs_dimension";
  DROP TYPE "payload"."enum__audit_config_v_version_systems_category";
  DROP TYPE "payload"."enum__audit_config_v_version_kpis_informs_dimension";
  DROP TYPE "payload"."enum__audit_config_v_version_questions_dimension";
  DROP TYPE "payload"."enum__audit_config_v_version_roi_automation_share_process_type";
  DROP TYPE "payload"."enum__audit_config_v_version_playbooks_dimension";
  DROP TYPE "payload"."enum__audit_config_v_version_playbooks_impact";
  DROP TYPE "payload"."enum__audit_config_v_version_playbooks_effort";
  DROP TYPE "payload"."enum__audit_config_v_version_status";`)
}
