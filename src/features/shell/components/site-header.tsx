import { Link } from '@tanstack/react-router'
import { GlobalSearch } from './global-search'

const NAV = [
  { to: '/', label: 'Overview', exact: true },
  { to: '/sessions', label: 'Sessions', exact: false },
  { to: '/topics', label: 'Topics', exact: false },
  { to: '/quotes', label: 'Quotes', exact: false },
  { to: '/bookmarks', label: 'Bookmarks', exact: false },
] as const

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/95 dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link to="/" className="font-serif text-xl font-semibold tracking-tight">
          Assembly Explorer
        </Link>
        <nav aria-label="Primary" className="order-3 w-full sm:order-2 sm:w-auto">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  activeOptions={{ exact: item.exact, includeSearch: false }}
                  className="rounded px-2 py-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
                  activeProps={{
                    className:
                      'bg-slate-100 font-semibold text-slate-950 dark:bg-slate-800 dark:text-white',
                    'aria-current': 'page',
                  }}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="order-2 ml-auto sm:order-3">
          <GlobalSearch />
        </div>
      </div>
    </header>
  )
}
