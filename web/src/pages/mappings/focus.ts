/**
 * Runs a change that removes the focused control, then puts the focus on `next` (which stays),
 * so a keyboard user goes on from where they were rather than from the top of the page.
 */
export function focusAfter(next: Element | null | undefined, change: () => void) {
  change();
  if (next instanceof HTMLElement) requestAnimationFrame(() => next.focus());
}
