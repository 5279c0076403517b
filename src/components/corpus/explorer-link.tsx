import { Link } from '@tanstack/react-router'
import type { QuoteFiltersSearch } from '@/domain/filters/quote-filters'

/** "Open these in the explorer": the same statements in /quotes, with the filters carried over. */
export function ExplorerLink({
  search,
  children,
}: {
  search: QuoteFiltersSearch
  children: string
}) {
  return (
    <Link
      to="/quotes"
      search={search}
      className="inline-flex items-center gap-1 rounded bg-cyan-800 px-3 py-2 text-sm font-medium text-white hover:bg-cyan-900 dark:bg-cyan-700 dark:hover:bg-cyan-600"
    >
      {children}
      <span aria-hidden="true">→</span>
    </Link>
  )
}
