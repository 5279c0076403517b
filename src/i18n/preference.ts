/**
 * The interface language a visitor chose, remembered in this browser. Failing storage (private
 * mode, a policy) only means the choice is not remembered: the address still carries it.
 */
const KEY = 'assembly-explorer:locale'

export function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function rememberLocale(locale: string): void {
  try {
    window.localStorage.setItem(KEY, locale)
  } catch {
    // Not remembered; the address still says it.
  }
}
