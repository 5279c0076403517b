/**
 * The interface's one Lingui instance, and loading a language.
 *
 * English messages arrive with the feature that shows them (each namespace's catalog is
 * imported next to its components, see catalog.ts), so the home page carries only its own
 * strings. Kazakh and Russian load whole, once, when chosen: one request per language.
 */
import { setupI18n, type Messages } from '@lingui/core'
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales'

export const i18n = setupI18n({ locale: DEFAULT_LOCALE, messages: { [DEFAULT_LOCALE]: {} } })

const translations: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  kk: () => import('virtual:messages/kk'),
  ru: () => import('virtual:messages/ru'),
}
const loading = new Map<Locale, Promise<void>>()

/** Loads a language's messages (once; English is always there). */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en') return Promise.resolve()
  const pending = loading.get(locale)
  if (pending) return pending
  const promise = translations[locale]().then((m) => i18n.load(locale, m.default))
  // A failed download may be retried (the next switch asks again).
  promise.catch(() => loading.delete(locale))
  loading.set(locale, promise)
  return promise
}

/** Switches the interface to `locale` once its messages are loaded; `<html lang>` follows. */
export async function activateLocale(locale: Locale): Promise<void> {
  await loadLocale(locale)
  i18n.activate(locale)
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

export const currentLocale = (): Locale => i18n.locale as Locale
