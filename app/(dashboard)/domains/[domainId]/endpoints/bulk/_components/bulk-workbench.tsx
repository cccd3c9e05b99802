"use client";
// Everything after the paste: the rows checked in the browser with the shared parser
// (confirming the columns of a paste without a header row), the preview, and starting the
// server-side job with the rows that are ready. Loaded once there is something to check
// (bulk-import-view.tsx): the parser, papaparse, the preview table and the domain's cached
// endpoint list (the names it already has) are not needed to show an empty page. Keyed by the
// paste's batch: a new file or generated rows start over with their own column meanings and
// passwords.
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import type { Application } from "@/lib/applications/contract";
import { applicationNames } from "@/lib/applications/contract";
import type { ColumnMapping } from "@/lib/bulk/columns";
import type { ExistingPolicy } from "@/lib/bulk/contract";
import { useBulkPreview } from "@/lib/bulk/hooks/use-bulk-preview";
import { markUpdates } from "@/lib/bulk/mark-updates";
import type { ParsedRow } from "@/lib/bulk/parse-endpoint-rows";
import { replaceRow } from "@/lib/bulk/paste-records";
import { useEndpoints } from "@/lib/endpoints/hooks/use-endpoints";
import { EditRowDialog } from "./edit-row-dialog";
import { LoadWarnings } from "./load-warnings";
import { MappingStep } from "./mapping-step";
import { PbxColumns } from "./pbx-columns";
import { PreviewPlaceholder } from "./preview-placeholder";
import { PreviewSection } from "./preview-section";
import { StartImport } from "./start-import";

export interface BulkWorkbenchProps {
  domainId: string;
  domainName: string | undefined;
  /** Undefined when Catapult could not be read (a warning offers Retry). */
  applications: readonly Application[] | undefined;
  ratePerSecond: number;
  text: string;
  onTextChange: (text: string) => void;
  generatePasswords: boolean;
  existingPolicy: ExistingPolicy;
  onStarted: () => void;
}

export default function BulkWorkbench({ domainId, domainName, applications: applicationList, ratePerSecond, text, onTextChange, generatePasswords, existingPolicy, onStarted }: BulkWorkbenchProps) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const applications = applicationList as Application[] | undefined;
  const endpoints = useEndpoints(domainId);
  const refreshEndpoints = endpoints.refresh;
  // The domain's cached list, once read whole: a partial list would call taken names new.
  const known = endpoints.data?.complete ? endpoints.data.endpoints : undefined;
  const readingList = !known && (endpoints.isPending || endpoints.data?.list.refreshing != null);
  // A look that failed after the list was known changes nothing the preview relies on.
  const listFailed = !known && (endpoints.isError || (!readingList && endpoints.data?.list.error != null));
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  // The admin's changes to a recognised PBX export's mapping (its own columns).
  const [pbxMapping, setPbxMapping] = useState<ColumnMapping | undefined>(undefined);
  // Without a header row, the column count the admin confirmed; another count asks again
  // (and `lapsedWidth` remembers what was confirmed, to say why).
  const [confirmedWidth, setConfirmedWidth] = useState<number | null>(null);
  const [lapsedWidth, setLapsedWidth] = useState<number | null>(null);
  const [editing, setEditing] = useState<ParsedRow | null>(null);

  const existingNames = useMemo(() => (known ? new Set(known.map((e) => e.name)) : undefined), [known]);
  const names = useMemo(() => applicationNames(applications), [applications]);
  const preview = useBulkPreview({ text, mapping, pbxMapping, applications, existingNames, generateMissingPasswords: generatePasswords });
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

  function confirmColumns() {
    if (!result) return;
    // Frozen from here: more rows typed later must not move a guess under the admin's feet.
    setMapping(result.mapping);
    setConfirmedWidth(result.mapping.length);
    setLapsedWidth(null);
  }

  const blockedBecause = readingList
    ? `Checking which names are already in the domain… (${(endpoints.data?.list.refreshing?.loaded ?? 0).toLocaleString("en")} read)`
    : preview.updating
      ? "Updating the preview…"
      : !columnsConfirmed
        ? "Confirm the columns above first."
        : null;

  const applicationsQuery = { isError: applications === undefined, isFetching: refreshing, refetch: () => startTransition(() => router.refresh()) };

  return (
    <>
      <LoadWarnings
        endpoints={{ isError: listFailed, isFetching: refreshEndpoints.isPending || readingList, refetch: () => refreshEndpoints.mutate(undefined) }}
        applications={applicationsQuery}
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
              confirmBlocked={preview.updating ? "Updating the preview…" : null}
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
              domainName={domainName}
              result={result}
              pasteText={text}
              existingPolicy={existingPolicy}
              ratePerSecond={ratePerSecond}
              blockedBecause={blockedBecause}
              onStarted={onStarted}
            />
          </div>
          {editing && (
            <EditRowDialog
              key={editing.sourceRow}
              row={editing}
              mapping={result.mapping}
              onSave={(cells) => {
                onTextChange(replaceRow(text, editing.sourceRow, cells));
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </>
      ) : (
        <PreviewPlaceholder reading />
      )}
    </>
  );
}
