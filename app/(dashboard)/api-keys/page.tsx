import type { Metadata } from "next";
import { ApiKeysView } from "./_components/api-keys-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "API keys" };

export default function ApiKeysPage() {
  return (
    <Providers>
      <ApiKeysView />
    </Providers>
  );
}
