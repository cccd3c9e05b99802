export declare const E2E: {
  appPort: number;
  sandboxPort: number;
  userId: string;
  token: string;
  secret: string;
  adminPassword: string;
  sessionSecret: string;
};
export declare function e2eEnv(): Record<string, string>;
export declare function sandboxEnv(): Record<string, string>;
