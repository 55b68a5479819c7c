/**
 * Join links: `<origin>/?join=CODE` opens the join screen with the code filled in. Kept apart from
 * the team screens (no imports) so the title screen can follow a link without loading them.
 */

/** The code in a join link, or null; anything but letters, digits, spaces and dashes is not a code. */
export function joinCodeFromUrl(search: string): string | null {
  const code = new URLSearchParams(search).get('join')?.trim() ?? '';
  return /^[0-9A-Za-z -]{1,20}$/.test(code) ? code : null;
}

/** The link that opens the join screen with the code filled in. */
export function joinLink(origin: string, code: string): string {
  const url = new URL('/', origin);
  url.searchParams.set('join', code);
  return url.href;
}

let followed = false;

/** Whether the page was opened from a join link not yet followed (it is followed once per page load). */
export function takeJoinLink(search: string): boolean {
  if (followed || joinCodeFromUrl(search) === null) return false;
  followed = true;
  return true;
}
