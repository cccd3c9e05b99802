// The bulk page's preview: the paste parsed with the shared parser, after typing pauses
// (debounced) and in a deferred render, so the textarea stays responsive at 10,000 rows.
import { useDeferredValue, useMemo, useRef } from "react";
import type { ColumnMapping } from "@/lib/bulk/columns";
import { type ParseOptions, type ParseResult, parseEndpointRows } from "@/lib/bulk/parse-endpoint-rows";
import { useDebouncedValue } from "@/lib/browser/use-debounced-value";
import { keepGeneratedPasswords } from "@/lib/bulk/fit-mapping";

const PARSE_DELAY_MS = 200;

export interface BulkPreviewInput {
  text: string;
  /** The admin's own column meanings for a paste without a header row. */
  mapping: ColumnMapping | undefined;
  /** The admin's own column meanings for a recognised PBX export. */
  pbxMapping: ColumnMapping | undefined;
  applications: ParseOptions["applications"];
  existingNames: ReadonlySet<string> | undefined;
  generateMissingPasswords: boolean;
}

export function useBulkPreview(input: BulkPreviewInput) {
  const text = useDebouncedValue(input.text, PARSE_DELAY_MS);
  const { mapping, pbxMapping, applications, existingNames, generateMissingPasswords } = input;
  const request = useMemo(
    () => ({ text, mapping, pbxMapping, applications, existingNames, generateMissingPasswords }),
    [text, mapping, pbxMapping, applications, existingNames, generateMissingPasswords],
  );
  const deferred = useDeferredValue(request);
  // Source row → the password generated for it: a re-parse (another keystroke, a toggle)
  // must not hand a row a new password behind the admin's back.
  const generated = useRef(new Map<number, string>());
  const result = useMemo(() => (deferred.text.trim() === "" ? null : previewRows(deferred, generated.current)), [deferred]);

  return {
    result,
    /** The preview is behind what was typed or chosen. */
    updating: deferred !== request || text !== input.text,
    /** Forget generated passwords (a new file or an emptied paste is a new batch). */
    forgetGeneratedPasswords: () => generated.current.clear(),
  };
}

function previewRows(input: BulkPreviewInput, generated: Map<number, string>): ParseResult {
  // Without a header row the parser fits the admin's mapping to the paste's current width.
  const result = parseEndpointRows(input.text, {
    mapping: input.mapping,
    pbxMapping: input.pbxMapping,
    applications: input.applications,
    existingNames: input.existingNames,
    generateMissingPasswords: input.generateMissingPasswords,
  });
  keepGeneratedPasswords(result.rows, generated);
  return result;
}
