// Who may manage experiments: the CMS capability of the roles table (admins and editors); the
// site reads experiments on the server only, so nothing is public.
import type { Access } from 'payload';
import { can } from '../../../src/server/auth/roles';

export const canManageExperiments: Access = ({ req }) => can(req.user?.role, 'cms');
