/**
 * The interface languages and where a URL says which one it is in.
 *
 * English, the corpus's first language, has no prefix (`/quotes/abc`), so every address the
 * app has ever shared keeps opening as it did; Kazakh and Russian are prefixed (`/kk/quotes/abc`,
 * `/ru/quotes/abc`), so a shared link opens in the sender's language. The prefix comes after
 * the app's base path (`/explorer/ru/…` for a sub-path build). Routes never see it: the router
 * strips it on the way in and adds it on the way out (create-router.tsx).
 */

export const LOCALES = ['en', 'kk', 'ru'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  kk: 'Қазақша',
  ru: 'Русский',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

const PREFIX = /^\/(kk|ru)(?=\/|$)/

/** The language a path (without the base path) is in, and the path the routes know. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const match = PREFIX.exec(path)
  if (!match) return { locale: DEFAULT_LOCALE, path }
  return { locale: match[1] as Locale, path: path.slice(match[0].length) || '/' }
}

/** A route's path (without the base path) as it reads in `locale`. */
export function localisePath(path: string, locale: Locale): string {
  const bare = splitLocalePath(path).path
  if (locale === DEFAULT_LOCALE) return bare
  return bare === '/' ? `/${locale}/` : `/${locale}${bare}`
}

/**
 * The language to start in when the address does not say: the one chosen before, else the
 * first of the browser's preferred languages we have (`ru-RU` counts as `ru`), else English.
 */
export function preferredLocale(stored: unknown, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored
  for (const tag of browserLanguages) {
    const language = tag.toLowerCase().split('-')[0]
    if (isLocale(language)) return language
  }
  return DEFAULT_LOCALE
}

/** A browser pathname (with the app's base path, e.g. `/explorer/`) as it reads in `locale`. */
export function localisePathname(pathname: string, base: string, locale: Locale): string {
  const root = base.endsWith('/') ? base.slice(0, -1) : base
  if (!pathname.startsWith(root)) return pathname
  return root + localisePath(pathname.slice(root.length) || '/', locale)
}
