// Stand-in for `server-only` in tests (see vitest.config.ts).
export {};
