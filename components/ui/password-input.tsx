"use client";
import { type ComponentProps, useState } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { EyeIcon } from "./icons/eye";
import { EyeSlashIcon } from "./icons/eye-slash";
import { controlClasses } from "./input";

interface PasswordInputProps extends Omit<ComponentProps<"input">, "type"> {
  /** Controlled visibility (e.g. shown after "Generate"); uncontrolled when omitted. */
  visible?: boolean;
  onVisibleChange?: (visible: boolean) => void;
}

export function PasswordInput({ visible, onVisibleChange, className, id, ...props }: PasswordInputProps) {
  const [ownVisible, setOwnVisible] = useState(false);
  const shown = visible ?? ownVisible;
  const toggle = () => {
    setOwnVisible(!shown);
    onVisibleChange?.(!shown);
  };
  return (
    <div className="relative">
      <input
        id={id}
        type={shown ? "text" : "password"}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        className={cn(controlClasses, "pr-11 font-mono", className)}
        {...props}
      />
      <button
        type="button"
        onClick={toggle}
        aria-controls={id}
        aria-label={shown ? "Hide password" : "Show password"}
        title={shown ? "Hide password" : "Show password"}
        className={cn("absolute inset-y-1 right-1 flex items-center rounded px-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900", focusRing)}
      >
        {shown ? <EyeSlashIcon className="size-5" /> : <EyeIcon className="size-5" />}
      </button>
    </div>
  );
}
