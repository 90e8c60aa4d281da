/** A municipality's youth polls. (placeholder, replaced by the poll pages) */
export function PollsPage() {
  return null;
}
