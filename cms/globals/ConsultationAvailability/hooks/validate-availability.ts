// Saving runs the slot engine's own schema, so the booking page can never read a schedule it
// cannot use (an unknown time zone, a day shorter than one consultation...).
import { ValidationError, type GlobalBeforeChangeHook } from 'payload';
import { availabilitySchema } from '../../../../src/domain/booking/availability';

export const validateAvailability: GlobalBeforeChangeHook = ({ data, req }) => {
  const result = availabilitySchema.safeParse(data);
  if (!result.success) {
    throw new ValidationError({
      global: 'consultation-availability',
      errors: result.error.issues.map((issue) => ({
        path: issue.path.join('.') || 'timeZone',
        message: issue.message,
      })),
      req,
    });
  }
  return data;
};
