import { Link } from '@tanstack/react-router'
import { useT } from '@/i18n/catalog'
import { shellMessages } from '../messages'
import { GlobalSearch } from './global-search'
import { LanguageSwitcher } from './language-switcher'

const NAV = [
  { to: '/', label: 'nav.overview', exact: true },
  { to: '/sessions', label: 'nav.sessions', exact: false },
  { to: '/topics', label: 'nav.topics', exact: false },
  { to: '/quotes', label: 'nav.quotes', exact: false },
  { to: '/check', label: 'nav.check', exact: false },
  { to: '/add', label: 'nav.add', exact: false },
  { to: '/bookmarks', label: 'nav.bookmarks', exact: false },
] as const

export function SiteHeader() {
  const t = useT(shellMessages)
  return (
    <header className="border-b border-slate-200 bg-white/95 print:hidden dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link to="/" className="font-serif text-xl font-semibold tracking-tight">
          {t('siteName')}
        </Link>
        <nav aria-label={t('navLabel')} className="order-3 w-full sm:order-2 sm:w-auto">
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
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="order-2 ml-auto flex flex-wrap items-center gap-2 sm:order-3">
          <GlobalSearch />
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  )
}
