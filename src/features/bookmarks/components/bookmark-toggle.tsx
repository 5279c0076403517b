// TEMPORARY placeholder until the bookmarks feature lands (owned by the bookmarks work).
export function BookmarkToggle(_props: { quoteId: string }) {
  return null
}
