/**
 * A namespace of interface messages, typed by its English source file.
 *
 * Each feature declares its namespace once, next to its components:
 *
 *   import english from 'virtual:messages/en/overview'
 *   import type Source from '@/i18n/messages/en/overview.json'
 *   export const overviewMessages = defineCatalog<typeof Source>('overview', english)
 *
 * and its components translate with `useT(overviewMessages)`, whose keys TypeScript checks
 * against the English file; tests/unit/i18n/catalogs.test.ts checks that Kazakh and Russian
 * have every key, with the same placeholders.
 */
import type { Messages } from '@lingui/core'
import { i18n } from './i18n'
import { useLocale } from './interface-language'

export interface Catalog<Key extends string> {
  readonly namespace: string
  /** Type only: the namespace's keys. */
  readonly keys?: Key
}

export function defineCatalog<Source extends Record<string, string>>(
  namespace: string,
  english: Messages,
): Catalog<keyof Source & string> {
  i18n.load('en', english)
  return { namespace }
}

export type Values = Record<string, string | number | null | undefined>
export type Translate<Key extends string> = (key: Key, values?: Values) => string

/** Translates outside React (a download's text, a document title computed in a loader). */
export function translator<Key extends string>(catalog: Catalog<Key>): Translate<Key> {
  return (key, values) => i18n._(`${catalog.namespace}.${key}`, values)
}

/** Translates in a component, which renders again when the language changes. */
export function useT<Key extends string>(catalog: Catalog<Key>): Translate<Key> {
  useLocale()
  return translator(catalog)
}
