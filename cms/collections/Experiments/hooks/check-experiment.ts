// Keeps an experiment consistent before it is saved: unique variant keys, a chosen variant
// that exists, and the stop date recorded when an editor stops it.
import { ValidationError, type CollectionBeforeChangeHook } from 'payload';

interface ExperimentData {
  status?: string | null;
  stopAt?: string | null;
  chosenVariant?: string | null;
  variants?: Array<{ key?: string | null }> | null;
}

export const checkExperiment: CollectionBeforeChangeHook = ({ data, req }) => {
  const experiment = data as ExperimentData;
  const keys = (experiment.variants ?? []).map((variant) => variant.key ?? '');
  const errors: Array<{ path: string; message: string }> = [];
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) errors.push({ path: `variants.${index}.key`, message: `"${key}" is used twice` });
  });
  if (experiment.chosenVariant && !keys.includes(experiment.chosenVariant)) {
    errors.push({ path: 'chosenVariant', message: `Name one of the variants: ${keys.join(', ')}` });
  }
  if (errors.length) throw new ValidationError({ collection: 'experiments', errors, req });
  if (experiment.status === 'stopped' && !experiment.stopAt) experiment.stopAt = new Date().toISOString();
  return experiment;
};
