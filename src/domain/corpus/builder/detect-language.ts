/**
 * A document's language: its metadata's `language` wins; when it is missing, franc-min (trigram
 * statistics, ~150 kB, no model download) decides among the corpus's languages. A detection
 * that disagrees with the metadata is a warning: the metadata may be wrong.
 */
import { franc } from 'franc-min'
import type { Language } from './language'

const ISO_639_3: Record<string, Language> = { eng: 'en', rus: 'ru', kaz: 'kk' }

/** The language of a text among en, ru and kk, or null when the text is too short to tell. */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 4000)
  const code = franc(sample, { only: Object.keys(ISO_639_3), minLength: 20 })
  return ISO_639_3[code] ?? null
}
