import { paths } from '../../app/paths';

/**
 * The full address of a poll's voting page, as printed and encoded in QR codes: the site's
 * origin and `/r/<shortCode>`, with the voter code in the fragment (`#code=…`) when given, so
 * scanning a slip fills the code in without it ever reaching a server log.
 */
export function voteAddress(origin: string, shortCode: string, voterCode?: string): string {
  return `${origin.replace(/\/+$/, '')}${paths.vote(shortCode, voterCode)}`;
}

/** This site's origin, e.g. `https://medskapa.kalix.se`. */
export function siteOrigin(): string {
  return window.location.origin;
}

/** The question cut to about `max` characters at a word boundary, for a small printed slip. */
export function shortText(text: string, max = 90): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
