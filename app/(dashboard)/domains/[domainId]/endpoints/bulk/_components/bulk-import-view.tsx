"use client";
// The bulk import page: paste or load rows, check them in the browser with the shared
// parser (confirming the columns of a paste without a header row), then start a
// server-side job with the rows that are ready.
import { useMemo, useState } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { UploadIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { domainHref } from "@/lib/endpoints/links";
import type { ColumnMapping } from "@/lib/bulk/columns";
import type { ExistingPolicy } from "@/lib/bulk/contract";
import { useBulkPreview } from "@/lib/bulk/hooks/use-bulk-preview";
import { replaceRow } from "@/lib/bulk/paste-records";
import type { ParsedRow } from "@/lib/bulk/parse-endpoint-rows";
import { markUpdates } from "@/lib/bulk/mark-updates";
import { applicationNames } from "@/lib/applications/contract";
import { useApplications } from "@/lib/applications/hooks/use-applications";
import { useDomain } from "@/lib/domains/hooks/use-domain";
import { useEndpoints, useRefreshEndpoints } from "@/lib/endpoints/hooks/use-endpoints";
import { useLeaveGuard } from "@/lib/browser/use-leave-guard";
import { EditRowDialog } from "./edit-row-dialog";
import { ImportOptions } from "./import-options";
import { LoadWarnings } from "./load-warnings";
import { GenerateRows } from "./generate-rows";
import { MappingStep } from "./mapping-step";
import { PasteInput } from "./paste-input";
import { PbxColumns } from "./pbx-columns";
import { PrefillNotice } from "./prefill-notice";
import { PreviewSection } from "./preview-section";
import { StartImport } from "./start-import";
import { useJobPrefill } from "./use-job-prefill";

const UNSENT_PASTE = "The pasted rows have not been imported: leaving this page clears them.";

export function BulkImportView({ domainId, ratePerSecond }: { domainId: string; ratePerSecond: number }) {
  const domain = useDomain(domainId);
  const applications = useApplications();
  const endpoints = useEndpoints(domainId);
  const refreshEndpoints = useRefreshEndpoints(domainId);
  // The domain's cached list, once read whole: a partial list would call taken names new.
  const known = endpoints.data?.complete ? endpoints.data.endpoints : undefined;
  const readingList = !known && (endpoints.isPending || endpoints.data?.list.refreshing != null);
  const listFailed = endpoints.isError || (!known && !readingList && endpoints.data?.list.error != null);
  const prefill = useJobPrefill();
  const [text, setText] = useState(prefill?.state === "prefilled" ? prefill.text : "");
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  // The admin's changes to a recognised PBX export's mapping (its own columns).
  const [pbxMapping, setPbxMapping] = useState<ColumnMapping | undefined>(undefined);
  // Without a header row, the column count the admin confirmed; another count asks again
  // (and `lapsedWidth` remembers what was confirmed, to say why).
  const [confirmedWidth, setConfirmedWidth] = useState<number | null>(null);
  const [lapsedWidth, setLapsedWidth] = useState<number | null>(null);
  const [editing, setEditing] = useState<ParsedRow | null>(null);
  const [started, setStarted] = useState(false);
  // Opt-in: a row without a password is an error until the admin asks for generated ones.
  const [generatePasswords, setGeneratePasswords] = useState(false);
  const [existingPolicy, setExistingPolicy] = useState<ExistingPolicy>("skip");

  const existingNames = useMemo(() => (known ? new Set(known.map((e) => e.name)) : undefined), [known]);
  const names = useMemo(() => applicationNames(applications.data), [applications.data]);
  const preview = useBulkPreview({ text, mapping, pbxMapping, applications: applications.data, existingNames, generateMissingPasswords: generatePasswords });
  const existingEndpoints = useMemo(() => (known ? new Map(known.map((e) => [e.name, e])) : undefined), [known]);
  // Under "update existing names", each existing row gets its differences (old → new).
  const result = useMemo(
    () => (preview.result && existingPolicy === "update" && existingEndpoints ? markUpdates(preview.result, existingEndpoints) : preview.result),
    [preview.result, existingPolicy, existingEndpoints],
  );
  const width = result && !result.hasHeader ? result.mapping.length : null;
  if (width !== null && confirmedWidth !== null && width !== confirmedWidth) {
    // Adjusted while rendering (React's pattern for state derived from a change): going back
    // to the confirmed count later must not count as confirmed, the admin is asked again.
    setLapsedWidth(confirmedWidth);
    setConfirmedWidth(null);
  }
  const columnsConfirmed = width === null || confirmedWidth === width;

  useLeaveGuard(text.trim() !== "" && !started ? UNSENT_PASTE : null);

  function replaceText(next: string) {
    // A new batch: its own column meanings and its own passwords.
    setMapping(undefined);
    setPbxMapping(undefined);
    setConfirmedWidth(null);
    setLapsedWidth(null);
    preview.forgetGeneratedPasswords();
    setText(next);
  }

  function confirmColumns() {
    if (!result) return;
    // Frozen from here: more rows typed later must not move a guess under the admin's feet.
    setMapping(result.mapping);
    setConfirmedWidth(result.mapping.length);
    setLapsedWidth(null);
  }

  const blockedBecause = applications.isPending
    ? "Loading the account's applications…"
    : readingList
      ? `Checking which names are already in the domain… (${(endpoints.data?.list.refreshing?.loaded ?? 0).toLocaleString("en")} read)`
      : preview.updating
        ? "Updating the preview…"
        : !columnsConfirmed
          ? "Confirm the columns above first."
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
            Create many endpoints in <span className="font-medium break-all text-slate-900">{domain.data?.name ?? "this domain"}</span> from a spreadsheet or a CSV file. Rows
            are checked here before anything is sent.
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardBody className="space-y-4">
            {prefill && <PrefillNotice prefill={prefill} />}
            <PasteInput
              text={text}
              onTextChange={(next) => (next.trim() === "" ? replaceText("") : setText(next))}
              onFileLoaded={(content) => replaceText(content)}
            />
            <GenerateRows
              applications={applications.data}
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

        <LoadWarnings
          endpoints={{ isError: listFailed, isFetching: refreshEndpoints.isPending || readingList, refetch: () => refreshEndpoints.mutate() }}
          applications={applications}
        />

        {result ? (
          <>
            {result.pbx && <PbxColumns pbx={result.pbx} mapping={result.mapping} onMappingChange={setPbxMapping} />}
            {!result.hasHeader && (
              <MappingStep
                rows={result.rows}
                mapping={result.mapping}
                guess={result.guess}
                confirmed={columnsConfirmed}
                lapsedWidth={lapsedWidth}
                confirmBlocked={applications.isPending ? "Loading the account's applications, to recognise an application column…" : preview.updating ? "Updating the preview…" : null}
                onMappingChange={setMapping}
                onConfirm={confirmColumns}
                onReopen={() => setConfirmedWidth(null)}
              />
            )}
            <PreviewSection
              result={result}
              updating={preview.updating}
              applicationNames={names}
              ratePerSecond={ratePerSecond}
              existingPolicy={existingPolicy}
              // Config text has no row to rewrite in place: fix it in the source and paste again.
              onEditRow={result.pbx && !result.pbx.tabular ? undefined : setEditing}
            />
            {/* Floats at the bottom of the window, so the button is at hand while reading the table.
                The page's scroll padding keeps what is scrolled or tabbed to from hiding behind it. */}
            <div className="sticky bottom-4 z-20 [html:has(&)]:scroll-pb-40 rounded-lg border border-slate-200 bg-white/95 px-4 py-3 shadow-lg backdrop-blur sm:px-5 sm:py-4">
              <StartImport
                domainId={domainId}
                domainName={domain.data?.name}
                result={result}
                pasteText={text}
                existingPolicy={existingPolicy}
                ratePerSecond={ratePerSecond}
                blockedBecause={blockedBecause}
                onStarted={() => setStarted(true)}
              />
            </div>
            {editing && (
              <EditRowDialog
                key={editing.sourceRow}
                row={editing}
                mapping={result.mapping}
                onSave={(cells) => {
                  setText(replaceRow(text, editing.sourceRow, cells));
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            )}
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
