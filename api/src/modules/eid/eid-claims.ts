import { AssuranceLevel, DISPLAY_NAME_MAX_LENGTH, displayNameSchema, type Locale } from '@medskapa/shared';

/** Where a failed e-ID sign-in sends the browser: `/login?eidError=<code>`. */
export enum EidErrorCode {
  /** The person cancelled at the provider (access_denied). */
  CANCELLED = 'CANCELLED',
  /** Unknown, expired or already used attempt: start again. */
  EXPIRED = 'EXPIRED',
  /** Anything else (provider error, token validation, missing claims, e-ID linked elsewhere). */
  FAILED = 'FAILED',
}

const SWEDISH_LOA = /^https?:\/\/id\.(?:elegnamnden|swedenconnect)\.se\/loa\/1\.0\/(?:uncertified-)?loa([1-4])(?:-nf)?$/i;
const SWEDISH_EIDAS = /^https?:\/\/id\.(?:elegnamnden|swedenconnect)\.se\/loa\/1\.0\/eidas-(?:nf-)?(low|sub|high)$/i;
const EIDAS = /^https?:\/\/eidas\.europa\.eu\/loa\/(low|substantial|high)$/i;

/**
 * The eIDAS level of assurance behind an `acr` value: the Swedish "Tillitsramverket" URIs
 * (loa2 → LOW, loa3 → SUBSTANTIAL, loa4 → HIGH, incl. the -nf and eidas-* variants) and the eIDAS
 * URIs. Null when the value is unknown.
 */
export function assuranceLevelOf(acr: unknown): AssuranceLevel | null {
  if (typeof acr !== 'string') return null;
  const value = acr.trim();
  const swedish = SWEDISH_LOA.exec(value);
  if (swedish) {
    return swedish[1] === '4' ? AssuranceLevel.HIGH : swedish[1] === '3' ? AssuranceLevel.SUBSTANTIAL : AssuranceLevel.LOW;
  }
  const level = (SWEDISH_EIDAS.exec(value) ?? EIDAS.exec(value))?.[1]?.toLowerCase();
  if (level === 'high') return AssuranceLevel.HIGH;
  if (level === 'sub' || level === 'substantial') return AssuranceLevel.SUBSTANTIAL;
  if (level === 'low') return AssuranceLevel.LOW;
  return null;
}

/**
 * Only same-origin relative paths: starts with one '/', no '//' or '/\' (which browsers read as
 * another host), no control characters (browsers drop tabs and newlines, turning "/\t/x" into "//x").
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  if (/[\u0000-\u001f\u007f]/.test(value)) return '/';
  try {
    const base = 'http://medskapa.invalid';
    const resolved = new URL(value, base);
    if (resolved.origin !== base || resolved.pathname.startsWith('//')) return '/';
    // Back into the sign-in itself would start it over and over.
    if (resolved.pathname.startsWith('/auth/eid')) return '/';
  } catch {
    return '/';
  }
  return value;
}

/**
 * The subject as hashed: a personnummer as its 12 digits ("19811218-9876" → "198112189876"),
 * any other identifier as given. Null when missing or not a plausible identifier.
 */
export function normalizeSubject(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  const personnummer = /^(\d{8})-?(\d{4})$/.exec(trimmed);
  if (personnummer) return `${personnummer[1]}${personnummer[2]}`;
  return trimmed.length > 0 && trimmed.length <= 256 ? trimmed : null;
}

const FALLBACK_NAME: Record<Locale, string> = { sv: 'Invånare', fi: 'Asukas', fit: 'Asukas' };

/** A display name from the OIDC name claims (name, else given_name + family_name), else a neutral word. */
export function displayNameFrom(claims: Record<string, unknown>, locale: Locale): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/[\p{Cc}<>]/gu, ' ').replace(/\s+/g, ' ').trim() : '');
  const candidate = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  const parsed = displayNameSchema.safeParse(candidate.slice(0, DISPLAY_NAME_MAX_LENGTH));
  return parsed.success ? parsed.data : FALLBACK_NAME[locale];
}
