/**
 * What the address of the voting page holds: /r/<shortCode>, and on a scanned QR slip
 * #code=XXXX-XXXX. The fragment never reaches the server; we also take it out of the address bar
 * (and so out of the history and of a shared screenshot) as soon as we have read it.
 */
export interface VoteAddress {
  shortCode: string;
  voterCode: string;
}

export function shortCodeFromPath(pathname: string): string {
  const match = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return '';
  }
}

/** Reads the short code and the voter code, and removes the code from the address bar. */
export function takeVoteAddress(location: Location = window.location, history: History = window.history): VoteAddress {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const voterCode = fragment.get('code') ?? '';
  if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return { shortCode: shortCodeFromPath(location.pathname), voterCode: formatVoterCodeInput(voterCode) };
}

const VOTER_CODE_CHARACTERS = 8;

/**
 * As typed: capitals, letters and digits only, XXXX-XXXX. The API is as forgiving (it ignores
 * case, spaces and dashes); this is only so pupils can compare what they typed with their slip.
 */
export function formatVoterCodeInput(input: string): string {
  const characters = input.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, VOTER_CODE_CHARACTERS);
  return characters.length > 4 ? `${characters.slice(0, 4)}-${characters.slice(4)}` : characters;
}
