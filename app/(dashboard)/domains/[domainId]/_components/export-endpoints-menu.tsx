// "Export" on the domain page: the domain's endpoints as CSV or TSV, downloaded straight from
// the export route (every page of Catapult's list), ready to edit and import again.
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ENDPOINT_EXPORT_FORMATS, endpointExportHref } from "@/lib/endpoints/contract";

export function ExportEndpointsMenu({ domainId }: { domainId: string }) {
  return (
    <details className="group relative">
      <summary className={cn(buttonClasses({ variant: "secondary" }), "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>Export</summary>
      <div className="absolute right-0 z-30 mt-1 flex w-44 flex-col rounded-md bg-white py-1 shadow-lg ring-1 ring-slate-200">
        {ENDPOINT_EXPORT_FORMATS.map((format) => (
          <a key={format} href={endpointExportHref(domainId, format)} download className="px-3 py-2 text-sm text-slate-800 hover:bg-slate-50 focus-visible:bg-slate-100 focus-visible:outline-none">
            {format === "csv" ? "CSV (comma-separated)" : "TSV (tab-separated)"}
          </a>
        ))}
      </div>
    </details>
  );
}
