// The frame every icon shares: decorative, hidden from assistive technology (the text beside
// an icon carries the meaning). Heroicons 20px solid paths, MIT.
import type { ComponentProps } from "react";

export type IconProps = ComponentProps<"svg">;

export function Icon({ children, ...props }: IconProps) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0" {...props}>
      {children}
    </svg>
  );
}
