export declare function startPostgres(): Promise<{ url: string; dataDir: string; stop: () => void }>;
