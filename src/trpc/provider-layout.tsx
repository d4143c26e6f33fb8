// A layout for the sections whose pages use tRPC in the browser (the audit, pricing, contact,
// booking, status, your-data and the staff area). The client, react-query and superjson are
// about 27 KB of compressed JavaScript: the root layout used to load them on every page,
// including the content pages that never call the server.
import type { ReactNode } from 'react';
import { TRPCReactProvider } from './react';

export function TrpcLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
