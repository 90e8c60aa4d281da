/** Create or edit a poll. (placeholder, replaced by the poll pages) */
export function PollFormPage() {
  return null;
}
