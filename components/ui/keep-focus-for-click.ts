import type { MouseEvent } from "react";

/**
 * For a form's submit button: pressing the mouse would blur the field being typed in,
 * its on-blur validation would show a message, the layout would shift, and the release
 * would land beside the button, losing the click. Keeping focus where it is avoids that;
 * the submit validates every field anyway. Keyboard use is unaffected.
 */
export function keepFocusForClick(event: MouseEvent<HTMLElement>): void {
  if (event.button === 0) event.preventDefault();
}
