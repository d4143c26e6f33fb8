// The pages here have interactive parts that talk to the server through tRPC: the client and
// its query cache load with them, not with every public page (src/trpc/provider-layout.tsx).
export { TrpcLayout as default } from '@/trpc/provider-layout';
