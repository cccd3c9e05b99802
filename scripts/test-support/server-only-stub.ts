// Stand-in for the `server-only` marker package under Vitest (see vitest.config.mts), where
// every module is server code: importing it must not throw.
export const serverOnly = true;
