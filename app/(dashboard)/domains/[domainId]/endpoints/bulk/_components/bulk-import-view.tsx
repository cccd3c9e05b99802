"use client";
// The bulk import page: paste or load rows, check them in the browser with the shared
// parser, then start a server-side job with the valid ones.
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { UploadIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { domainHref } from "@/lib/endpoints/links";
import type { ColumnMapping } from "@/lib/bulk/columns";
import type { ExistingPolicy } from "@/lib/bulk/contract";
import { useBulkPreview } from "@/lib/bulk/hooks/use-bulk-preview";
import { applicationNames } from "@/lib/applications/contract";
import { useApplications } from "@/lib/applications/hooks/use-applications";
import { useDomain } from "@/lib/domains/hooks/use-domain";
import { useEndpoints } from "@/lib/endpoints/hooks/use-endpoints";
import { ImportOptions } from "./import-options";
import { PasteInput } from "./paste-input";
import { PreviewSection } from "./preview-section";
import { StartImport } from "./start-import";

export function BulkImportView({ domainId, ratePerSecond }: { domainId: string; ratePerSecond: number }) {
  const domain = useDomain(domainId);
  const applications = useApplications();
  const endpoints = useEndpoints(domainId);
  const [text, setText] = useState("");
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  // Opt-in: a row without a password is an error until the admin asks for generated ones.
  const [generatePasswords, setGeneratePasswords] = useState(false);
  const [existingPolicy, setExistingPolicy] = useState<ExistingPolicy>("skip");

  const existingNames = useMemo(() => (endpoints.data ? new Set(endpoints.data.map((e) => e.name)) : undefined), [endpoints.data]);
  const names = useMemo(() => applicationNames(applications.data), [applications.data]);
  const preview = useBulkPreview({ text, mapping, applications: applications.data, existingNames, generateMissingPasswords: generatePasswords });
  const { result } = preview;

  function replaceText(next: string) {
    // A new batch: its own column meanings and its own passwords.
    setMapping(undefined);
    preview.forgetGeneratedPasswords();
    setText(next);
  }

  const blockedBecause = applications.isPending
    ? "Loading the account's applications…"
    : endpoints.isPending
      ? "Checking which names already exist in the domain…"
      : preview.updating
        ? "Updating the preview…"
        : null;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Domains", href: "/" },
          { label: domain.data?.name ?? "Domain", href: domainHref(domainId) },
        ]}
        title="Bulk import"
        description={
          <>
            Create many endpoints in <span className="font-medium text-slate-900">{domain.data?.name ?? "this domain"}</span> from a spreadsheet or a CSV file. Rows are checked here
            before anything is sent.
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardBody>
            <PasteInput
              text={text}
              onTextChange={(next) => (next.trim() === "" ? replaceText("") : setText(next))}
              onFileLoaded={(content) => replaceText(content)}
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

        {endpoints.isError && (
          <Alert
            tone="warning"
            title="Could not read the domain's endpoints"
            actions={
              <Button variant="secondary" size="sm" onClick={() => endpoints.refetch()} disabled={endpoints.isFetching}>
                Try again
              </Button>
            }
          >
            Names that already exist are not marked in the preview. The server checks them again when the import starts.
          </Alert>
        )}
        {applications.isError && (
          <Alert
            tone="warning"
            title="Could not load the account's applications"
            actions={
              <Button variant="secondary" size="sm" onClick={() => applications.refetch()} disabled={applications.isFetching}>
                Try again
              </Button>
            }
          >
            Rows that name an application cannot be checked until they are loaded.
          </Alert>
        )}

        {result ? (
          <>
            <PreviewSection
              text={text}
              result={result}
              updating={preview.updating}
              onMappingChange={setMapping}
              applicationNames={names}
              ratePerSecond={ratePerSecond}
              existingPolicy={existingPolicy}
            />
            {/* Floats at the bottom of the window, so the button is at hand while reading the table. */}
            <div className="sticky bottom-4 z-20 rounded-lg border border-slate-200 bg-white/95 px-5 py-4 shadow-lg backdrop-blur">
              <StartImport
                domainId={domainId}
                domainName={domain.data?.name}
                result={result}
                pasteText={text}
                existingPolicy={existingPolicy}
                ratePerSecond={ratePerSecond}
                blockedBecause={blockedBecause}
              />
            </div>
          </>
        ) : (
          <Card>
            <EmptyState
              icon={<UploadIcon className="size-5" />}
              title={preview.updating ? "Reading the rows…" : "Nothing to preview yet"}
              description="Paste rows or choose a CSV file above; every row is checked here, and you see the result before anything is sent to Catapult."
            />
          </Card>
        )}
      </div>
    </>
  );
}
