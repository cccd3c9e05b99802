import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Catapult Endpoints", template: "%s · Catapult Endpoints" },
  description: "Provision SIP endpoints on Bandwidth's Catapult v1 API.",
  robots: { index: false, follow: false },
  // Files in public/ (drawn from public/icon.svg); proxy.ts lets them through without a session.
  // The SVG is for browsers that take it; favicon.ico for the rest (its sizes are listed, as
  // "any" would make Chrome prefer it over the SVG); iOS takes the square 180 px PNG.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" }],
  },
};

export const viewport: Viewport = { themeColor: "#4f46e5" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, never at build: its scripts must carry this request's
  // CSP nonce (set by proxy.ts), which a page prerendered at build time could not know.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
