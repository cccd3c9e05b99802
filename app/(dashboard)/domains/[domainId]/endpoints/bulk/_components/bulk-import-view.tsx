"use client";
// The bulk import page: paste or load rows (or generate them from a pattern), choose the
// options, then check them in the browser and start a server-side job (bulk-workbench.tsx,
// loaded once there is something to check: an empty page needs none of it).
import { lazy, Suspense, useState } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Application } from "@/lib/applications/contract";
import type { ExistingPolicy } from "@/lib/bulk/contract";
import { useLeaveGuard } from "@/lib/browser/use-leave-guard";
import { GenerateRows } from "./generate-rows";
import { ImportOptions } from "./import-options";
import { PasteInput } from "./paste-input";
import { PrefillNotice } from "./prefill-notice";
import { PreviewPlaceholder } from "./preview-placeholder";
import { useJobPrefill } from "./use-job-prefill";

const loadWorkbench = () => import("./bulk-workbench");
const BulkWorkbench = lazy(loadWorkbench);

const UNSENT_PASTE = "The pasted rows have not been imported: leaving this page clears them.";

interface BulkImportViewProps {
  domainId: string;
  domainName: string | undefined;
  /** Undefined when Catapult could not be read (the preview says so, with Retry). */
  applications: readonly Application[] | undefined;
  ratePerSecond: number;
}

export function BulkImportView({ domainId, domainName, applications, ratePerSecond }: BulkImportViewProps) {
  const [text, setText] = useState("");
  // A new batch (a file, generated rows, an emptied paste): the preview starts over with its
  // own column meanings and its own generated passwords.
  const [batch, setBatch] = useState(0);
  const [started, setStarted] = useState(false);
  // Opt-in: a row without a password is an error until the admin asks for generated ones.
  const [generatePasswords, setGeneratePasswords] = useState(false);
  const [existingPolicy, setExistingPolicy] = useState<ExistingPolicy>("skip");
  const prefill = useJobPrefill((rows) => setText(rows));

  useLeaveGuard(text.trim() !== "" && !started ? UNSENT_PASTE : null);

  function replaceText(next: string) {
    setBatch((n) => n + 1);
    setText(next);
  }

  return (
    <div className="space-y-6">
      <Card>
        <CardBody className="space-y-4">
          {prefill && <PrefillNotice prefill={prefill} />}
          <PasteInput
            text={text}
            onTextChange={(next) => (next.trim() === "" ? replaceText("") : setText(next))}
            onFileLoaded={(content) => replaceText(content)}
            // Fetched while the person is about to paste, so the preview does not wait for it.
            onAboutToPaste={() => void loadWorkbench()}
          />
          <GenerateRows
            applications={applications}
            replacesPaste={text.trim() !== ""}
            onGenerate={(csv) => {
              replaceText(csv);
              setGeneratePasswords(true);
            }}
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Options" />
        <CardBody>
          <ImportOptions
            generatePasswords={generatePasswords}
            onGeneratePasswordsChange={setGeneratePasswords}
            existingPolicy={existingPolicy}
            onExistingPolicyChange={setExistingPolicy}
          />
        </CardBody>
      </Card>

      {text.trim() === "" ? (
        <PreviewPlaceholder reading={false} />
      ) : (
        <Suspense fallback={<PreviewPlaceholder reading />}>
          <BulkWorkbench
            key={batch}
            domainId={domainId}
            domainName={domainName}
            applications={applications}
            ratePerSecond={ratePerSecond}
            text={text}
            onTextChange={setText}
            generatePasswords={generatePasswords}
            existingPolicy={existingPolicy}
            onStarted={() => setStarted(true)}
          />
        </Suspense>
      )}
    </div>
  );
}
