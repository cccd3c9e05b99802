import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Catapult Endpoints", template: "%s · Catapult Endpoints" },
  description: "Provision SIP endpoints on Bandwidth's Catapult v1 API.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: "#4f46e5" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
