export declare const E2E: {
  appPort: number;
  sandboxPort: number;
  restartAppPort: number;
  faultsAppPort: number;
  loadAppPort: number;
  headersAppPort: number;
  listenAppPort: number;
  auditAppPort: number;
  faultsGatePort: number;
  userId: string;
  token: string;
  secret: string;
  adminEmail: string;
  adminPassword: string;
  sessionSecret: string;
};
export declare function e2eEnv(): Record<string, string>;
export declare function sandboxEnv(): Record<string, string>;
