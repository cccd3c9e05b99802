"use client";
// A SIP password input: show/hide, "Generate" (a strong Latin-1-safe password, then shown so
// it can be noted) and copy. The rule is on screen before anything is typed.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { KeyIcon } from "@/components/ui/icons/key";
import { PasswordInput } from "@/components/ui/password-input";
import { generatePassword } from "@/lib/endpoints/generate-password";
import { PASSWORD_RULE } from "@/lib/endpoints/rules";

interface PasswordFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (password: string) => void;
  onBlur?: () => void;
  /** A generated password replaces the value (and counts as a visit to the field). */
  onGenerate: (password: string) => void;
  error?: string;
  /** The broken rule's code (see lib/browser/use-checked-form.ts). */
  errorCode?: string;
  optional?: boolean;
  extraHint?: string;
}

export function PasswordField({ label, name, value, onChange, onBlur, onGenerate, error, errorCode, optional, extraHint }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  // A broken character rule's error already quotes the rule: say it once.
  const rule = errorCode === "password_char" ? null : `Use ${PASSWORD_RULE}.`;
  const hint = [rule, extraHint].filter(Boolean).join(" ") || undefined;
  return (
    <Field label={label} optional={optional} error={error} hint={hint}>
      {(control) => (
        <div className="flex gap-2">
          <div className="min-w-0 flex-1">
            <PasswordInput
              {...control}
              name={name}
              value={value}
              onChange={(event) => onChange(event.target.value)}
              onBlur={onBlur}
              autoComplete="new-password"
              visible={visible}
              onVisibleChange={setVisible}
            />
          </div>
          {value ? <CopyButton value={value} label="password" className="px-2.5 ring-1 ring-slate-300 ring-inset" /> : null}
          <Button
            variant="secondary"
            onClick={() => {
              onGenerate(generatePassword());
              setVisible(true);
            }}
          >
            <KeyIcon />
            Generate
          </Button>
        </div>
      )}
    </Field>
  );
}
