// Keeps an experiment consistent before it is saved: unique variant keys, a chosen variant
// that exists, one running experiment for everyone per surface, and the stop date recorded
// when an editor stops it.
import { ValidationError, type CollectionBeforeChangeHook } from 'payload';

interface ExperimentData {
  surface?: string | null;
  audience?: string | null;
  status?: string | null;
  stopAt?: string | null;
  chosenVariant?: string | null;
  variants?: Array<{ key?: string | null }> | null;
}

export const checkExperiment: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // An update may carry only the changed fields: the stored document fills in the rest.
  const stored = (originalDoc ?? {}) as ExperimentData & { id?: number };
  const experiment = data as ExperimentData;
  const surface = experiment.surface ?? stored.surface;
  const audience = experiment.audience ?? stored.audience;
  const status = experiment.status ?? stored.status;
  const keys = (experiment.variants ?? stored.variants ?? []).map((variant) => variant.key ?? '');
  const errors: Array<{ path: string; message: string }> = [];
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) errors.push({ path: `variants.${index}.key`, message: `"${key}" is used twice` });
  });
  if (experiment.chosenVariant && !keys.includes(experiment.chosenVariant)) {
    errors.push({ path: 'chosenVariant', message: `Name one of the variants: ${keys.join(', ')}` });
  }
  if (status === 'running' && audience === 'everyone' && surface) {
    // Two experiments for everyone on one surface would split its visitors unpredictably.
    const id = stored.id;
    const clash = await req.payload.find({
      collection: 'experiments',
      where: {
        and: [
          { surface: { equals: surface } },
          { audience: { equals: 'everyone' } },
          { status: { equals: 'running' } },
          ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    });
    const other = clash.docs[0];
    if (other) {
      errors.push({
        path: 'status',
        message: `"${other.name}" already runs on this surface for everyone: stop it first`,
      });
    }
  }
  if (errors.length) throw new ValidationError({ collection: 'experiments', errors, req });
  if (status === 'stopped' && !(experiment.stopAt ?? stored.stopAt)) experiment.stopAt = new Date().toISOString();
  return experiment;
};
