import { en } from './en'
import { kk } from './kk'
import { ru } from './ru'
import { LANGUAGES, type Language, type LanguageData } from './types'

export { LANGUAGES, type Language, type LanguageData } from './types'

export const LANGUAGE_DATA: Record<Language, LanguageData> = { en, ru, kk }

export const isLanguage = (code: string): code is Language =>
  (LANGUAGES as readonly string[]).includes(code)
