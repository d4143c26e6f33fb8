// The staff area talks to the server through tRPC: the client loads here, not with every
// public page (src/trpc/provider-layout.tsx).
export { TrpcLayout as default } from '@/trpc/provider-layout';
