/**
 * The municipality slug of an idea from its reference: the API has no municipality on Idea (or
 * Notification), but builds every reference as `${slug.toUpperCase()}-${year}-${number}`
 * (KALIX-2026-0042 → kalix; a slug with hyphens keeps them). Null when it does not look so.
 */
export function slugOfReference(reference: string): string | null {
  const match = /^(.+)-\d{4}-\d+$/.exec(reference);
  return match?.[1] ? match[1].toLowerCase() : null;
}
