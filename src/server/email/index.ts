// The email module: queue messages built from React templates; the worker delivers them.
import 'server-only';

export { queueEmail, salesInbox, type QueueEmailInput, type QueuedEmail } from './outbox';
export { EmailLayout } from './templates/layout';
