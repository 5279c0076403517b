import { useSyncExternalStore } from 'react'
import type { Locale } from '@/domain/i18n/locales'
import { i18n } from './i18n'

// Lingui's React bindings would add 1 KB to the home page's budget for a provider and a hook;
// the interface needs only "render again when the language changes", which is this.
const subscribe = (onChange: () => void) => i18n.on('change', onChange)
const snapshot = () => i18n.locale as Locale

/** The interface language now; the component renders again when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}
