"use client";
// Where the rows come from: a paste (tab- or comma-separated) or a .csv file, read in the browser.
import { type DragEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field";
import { UploadIcon } from "@/components/ui/icons/upload";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";
import { PASTE_PLACEHOLDER, TEMPLATE_CSV } from "@/lib/bulk/columns";
import { saveTextFile } from "@/lib/browser/save-text-file";

// 10,000 rows with long descriptions stay well under this; anything bigger is not a paste of endpoints.
const MAX_FILE_BYTES = 16 * 1024 * 1024;

interface PasteInputProps {
  text: string;
  onTextChange: (text: string) => void;
  /** A whole file replaced the paste. */
  onFileLoaded: (text: string, fileName: string) => void;
  /** Rows are about to come (the box has focus, or a file is near): the page can get ready to read them. */
  onAboutToPaste?: () => void;
}

const LARGE_PASTE_CHARS = 4000;
export function PasteInput({ text, onTextChange, onFileLoaded, onAboutToPaste }: PasteInputProps) {
  const textareaId = useId();
  const hintId = `${textareaId}-hint`;
  const fileInputId = useId();
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [loadedFile, setLoadedFile] = useState<string | null>(null);

  function readFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (!/\.(csv|txt|tsv|conf)$/i.test(file.name) && !file.type.startsWith("text/")) {
      setFileError(`“${file.name}” is not a CSV file. Save the sheet as CSV (comma-separated) and try again.`);
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setFileError(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; files up to 16 MB can be read.`);
      return;
    }
    file.text().then(
      (contents) => {
        setLoadedFile(file.name);
        onFileLoaded(contents, file.name);
      },
      () => setFileError(`“${file.name}” could not be read. Try again, or paste its contents instead.`),
    );
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    readFile(event.dataTransfer.files[0]);
  }

  return (
    <div className="space-y-4">
      <div className="space-y-1.5">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <Label htmlFor={textareaId}>Paste rows from a spreadsheet or CSV</Label>
          {text && (
            <Button variant="ghost" size="sm" onClick={() => onTextChange("")} className="-my-1">
              Clear
            </Button>
          )}
        </div>
        <Textarea
          id={textareaId}
          aria-describedby={hintId}
          rows={9}
          value={text}
          onFocus={onAboutToPaste}
          onChange={(event) => {
            setLoadedFile(null);
            onTextChange(event.target.value);
          }}
          onPaste={(event) => {
            // Chromium's editor inserts a multi-line paste line by line: about a second per
            // thousand rows. A large paste goes straight into the value instead.
            const pasted = event.clipboardData.getData("text/plain");
            if (pasted.length < LARGE_PASTE_CHARS) return;
            event.preventDefault();
            const area = event.currentTarget;
            setLoadedFile(null);
            onTextChange(area.value.slice(0, area.selectionStart) + pasted + area.value.slice(area.selectionEnd));
          }}
          spellCheck={false}
          autoComplete="off"
          wrap="off"
          placeholder={PASTE_PLACEHOLDER}
          className="font-mono text-xs leading-5"
        />
        <p id={hintId} className="text-sm text-slate-600">
          Copy cells straight from a spreadsheet (tab-separated) or paste CSV. Columns: <Code>name</Code>, <Code>description</Code>, <Code>application</Code> (name
          or id), <Code>enabled</Code>, <Code>password</Code>, as in the template. Start with a header row; without one, you check and confirm what each column holds. FreePBX and FusionPBX extension exports and Asterisk pjsip.conf or sip.conf text can be pasted as they are.
        </p>
      </div>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-stretch">
        <label
          htmlFor={fileInputId}
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
            onAboutToPaste?.();
          }}
          onPointerEnter={onAboutToPaste}
          onDragOver={(event) => event.preventDefault()}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={cn(
            "flex flex-1 cursor-pointer items-center gap-3 rounded-md border-2 border-dashed px-4 py-3 text-sm transition-colors",
            "focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-600",
            dragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-slate-50 hover:border-slate-400 hover:bg-white",
          )}
        >
          <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-white text-indigo-600 ring-1 ring-slate-200">
            <UploadIcon className="size-5" />
          </span>
          <span className="min-w-0">
            <span className="block font-medium text-slate-900">
              {dragging ? "Drop the file to read it" : <>Drop a .csv file here, or <span className="text-indigo-700 underline">choose a file</span></>}
            </span>
            <span id={`${fileInputId}-hint`} className="block truncate text-slate-600">{loadedFile ? `Loaded ${loadedFile}` : "It is read in this browser; nothing is uploaded until you start the import."}</span>
          </span>
          <input
            id={fileInputId}
            type="file"
            aria-label="Choose a .csv file"
            aria-describedby={`${fileInputId}-hint`}
            accept=".csv,.tsv,.txt,.conf,text/csv,text/plain"
            className="sr-only"
            onChange={(event) => {
              readFile(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
        </label>
        <Button variant="secondary" className="sm:self-center" onClick={() => saveTextFile(TEMPLATE_CSV, "endpoints-template.csv")}>
          Download template
        </Button>
      </div>
      {fileError && <FieldError>{fileError}</FieldError>}
    </div>
  );
}

function Code({ children }: { children: string }) {
  return <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-xs text-slate-800">{children}</code>;
}
