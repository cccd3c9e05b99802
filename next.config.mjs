/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon, and pg looks for an optional native one (pg-native):
  // load both from node_modules at run time, never bundle them.
  serverExternalPackages: ["better-sqlite3", "pg"],
  poweredByHeader: false,
};

export default nextConfig;
