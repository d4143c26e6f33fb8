-- The provider chain (issue 16): model_used records the model that wrote the recommendations
-- and every model of the chain that failed before it, so it needs room for more than one name.
ALTER TABLE "audit_results" ALTER COLUMN "model_used" TYPE VARCHAR(1000);
