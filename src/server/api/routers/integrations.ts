// Integrations, for admins: API keys (shown once, stored hashed) and webhook endpoints with
// their delivery log.
import {
  createEndpointInput,
  createKeyInput,
  deliveriesInput,
  deliveryIdInput,
  endpointIdInput,
  keyIdInput,
  setEndpointActiveInput,
} from '@/server/integrations/schema';
import { createKey, listKeys, revokeKey, rotateKey } from '@/server/integrations/keys';
import {
  createEndpoint,
  deleteEndpoint,
  getDelivery,
  listDeliveries,
  listEndpoints,
  resend,
  rotateEndpointSecret,
  setEndpointActive,
  testEndpoint,
} from '@/server/webhooks/endpoints';
import { createTRPCRouter, staffProcedure } from '../trpc';

const integrationsProcedure = staffProcedure('integrations');

export const integrationsRouter = createTRPCRouter({
  keys: integrationsProcedure.query(({ ctx }) => listKeys(ctx.db)),
  createKey: integrationsProcedure
    .input(createKeyInput)
    .mutation(({ ctx, input }) => createKey(ctx.db, input, ctx.session.user.email ?? null)),
  rotateKey: integrationsProcedure.input(keyIdInput).mutation(({ ctx, input }) => rotateKey(ctx.db, input.id)),
  revokeKey: integrationsProcedure.input(keyIdInput).mutation(({ ctx, input }) => revokeKey(ctx.db, input.id)),
  endpoints: integrationsProcedure.query(({ ctx }) => listEndpoints(ctx.db)),
  createEndpoint: integrationsProcedure
    .input(createEndpointInput)
    .mutation(({ ctx, input }) => createEndpoint(ctx.db, input)),
  setEndpointActive: integrationsProcedure
    .input(setEndpointActiveInput)
    .mutation(({ ctx, input }) => setEndpointActive(ctx.db, input.id, input.active)),
  deleteEndpoint: integrationsProcedure
    .input(endpointIdInput)
    .mutation(({ ctx, input }) => deleteEndpoint(ctx.db, input.id)),
  rotateSecret: integrationsProcedure
    .input(endpointIdInput)
    .mutation(({ ctx, input }) => rotateEndpointSecret(ctx.db, input.id)),
  testEndpoint: integrationsProcedure
    .input(endpointIdInput)
    .mutation(({ ctx, input }) => testEndpoint(ctx.db, input.id)),
  deliveries: integrationsProcedure.input(deliveriesInput).query(({ ctx, input }) => listDeliveries(ctx.db, input)),
  delivery: integrationsProcedure.input(deliveryIdInput).query(({ ctx, input }) => getDelivery(ctx.db, input.id)),
  resend: integrationsProcedure.input(deliveryIdInput).mutation(({ ctx, input }) => resend(ctx.db, input.id)),
});
