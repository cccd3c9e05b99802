// Where the preview will be: nothing pasted yet, or the rows still being read (the paste is
// read after a short pause in typing, and the first time with the parser still loading).
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { UploadIcon } from "@/components/ui/icons/upload";

export function PreviewPlaceholder({ reading }: { reading: boolean }) {
  return (
    <Card>
      <EmptyState
        icon={<UploadIcon className="size-5" />}
        title={reading ? "Reading the rows…" : "Nothing to preview yet"}
        description="Paste rows or choose a CSV file above; every row is checked here, and you see the result before anything is sent to Catapult."
      />
    </Card>
  );
}
