import { useLocation, useRouter } from '@tanstack/react-router'
import { LOCALE_NAMES, LOCALES, localisePathname, type Locale } from '@/domain/i18n/locales'
import { useT } from '@/i18n/catalog'
import { activateLocale } from '@/i18n/i18n'
import { useLocale } from '@/i18n/interface-language'
import { rememberLocale } from '@/i18n/preference'
import { shellMessages } from '../messages'

/**
 * The three interface languages, each a real link to this page in that language (so it can be
 * opened in a new tab or shared); a plain click switches in place and remembers the choice.
 */
export function LanguageSwitcher() {
  const t = useT(shellMessages)
  const router = useRouter()
  const current = useLocale()
  const location = useLocation()
  const publicUrl = new URL(location.publicHref, 'http://app.invalid')
  const hrefIn = (locale: Locale) =>
    `${localisePathname(publicUrl.pathname, import.meta.env.BASE_URL, locale)}${publicUrl.search}${publicUrl.hash}`

  const switchTo = async (locale: Locale) => {
    await activateLocale(locale)
    rememberLocale(locale)
    router.history.replace(hrefIn(locale))
  }

  return (
    <nav aria-label={t('language.label')}>
      <ul className="flex gap-1 text-sm">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={hrefIn(locale)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
                event.preventDefault()
                void switchTo(locale)
              }}
              className="rounded px-2 py-1.5 text-slate-700 hover:bg-slate-100 aria-[current]:bg-slate-100 aria-[current]:font-semibold aria-[current]:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current]:bg-slate-800 dark:aria-[current]:text-white"
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
