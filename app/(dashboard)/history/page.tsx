import type { Metadata } from "next";
import { HistoryView } from "./_components/history-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "History" };

export default function HistoryPage() {
  return (
    <Providers>
      <HistoryView />
    </Providers>
  );
}
