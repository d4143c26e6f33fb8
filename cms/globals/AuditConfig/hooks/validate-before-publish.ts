// Publishing runs the engine's own schema over the configuration, so the audit can never be
// scored with a broken one; drafts may be incomplete while editors work.
import { ValidationError, type GlobalBeforeChangeHook } from 'payload';
import { auditConfigSchema } from '../../../../src/domain/audit/config';
import { describeConfigPath } from './issue-label';

export const validateBeforePublish: GlobalBeforeChangeHook = ({ data, req }) => {
  if (data._status !== 'published') return data;
  const result = auditConfigSchema.safeParse(data);
  if (!result.success) {
    throw new ValidationError({
      global: 'audit-config',
      errors: result.error.issues.slice(0, 20).map((issue) => ({
        path: issue.path.join('.') || 'config',
        // The toast names fields by label: words the editor sees in the form, not a path.
        label: describeConfigPath(issue.path, data),
        message: issue.message,
      })),
      req,
    });
  }
  return data;
};
