/** One poll: results, voter codes. (placeholder, replaced by the poll pages) */
export function PollPage() {
  return null;
}
