/**
 * Interface translations as Vite modules, compiled at build time.
 *
 * Translators write ICU MessageFormat (plurals, select, placeholders) in
 * src/i18n/messages/<locale>/<namespace>.json; Lingui's runtime (2.5 KB) only interpolates
 * messages compiled ahead of time, so its ICU parser never reaches the browser:
 *
 *   import en from 'virtual:messages/en/overview'   one namespace of one language (English,
 *                                                   imported by the feature that shows it)
 *   import('virtual:messages/ru')                   every namespace of one language (Kazakh and
 *                                                   Russian load whole, once, when chosen)
 *
 * Either way the ids are `<namespace>.<key>`. A message that does not parse stops the build
 * with its file and key.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage'
import type { Plugin } from 'vite'

const PREFIX = 'virtual:messages/'
const MESSAGES_DIR = resolve(import.meta.dirname, '../../src/i18n/messages')

/** One namespace file, compiled, with its ids prefixed by the namespace. */
export function compileNamespace(locale: string, namespace: string): Record<string, unknown> {
  const file = join(MESSAGES_DIR, locale, `${namespace}.json`)
  const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const compiled: Record<string, unknown> = {}
  for (const [key, message] of Object.entries(source)) {
    try {
      compiled[`${namespace}.${key}`] = compileMessageOrThrow(message)
    } catch (error) {
      throw new Error(
        `${file}: message "${key}" is not valid ICU MessageFormat: ${String(error)}`,
        {
          cause: error,
        },
      )
    }
  }
  return compiled
}

export const namespacesOf = (locale: string) =>
  readdirSync(join(MESSAGES_DIR, locale))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort()

export function messagesPlugin(): Plugin {
  return {
    name: 'interface-messages',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null
      const [locale, namespace] = id.slice(PREFIX.length + 1).split('/')
      if (!locale) return null
      const namespaces = namespace ? [namespace] : namespacesOf(locale)
      for (const ns of namespaces) this.addWatchFile(join(MESSAGES_DIR, locale, `${ns}.json`))
      const messages = Object.assign({}, ...namespaces.map((ns) => compileNamespace(locale, ns)))
      return `export default ${JSON.stringify(messages)}`
    },
  }
}
