type Env = Record<string, string | undefined>;
export declare const DEFAULT_HOST: string;
export declare function listenAddress(env: Env): { host: string; port: string };
export declare function nextStartArgs(env: Env): string[];
export declare function localUrl(env: Env): string;
