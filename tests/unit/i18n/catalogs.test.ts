import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '@/domain/i18n/locales'
import { compileNamespace, namespacesOf } from '../../../scripts/build/messages-plugin'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const source = (locale: string, namespace: string) =>
  JSON.parse(
    readFileSync(
      resolve(__dirname, `../../../src/i18n/messages/${locale}/${namespace}.json`),
      'utf8',
    ),
  ) as Record<string, string>

/** The names of a compiled message's arguments, inside plural and select branches too. */
function argumentNames(tokens: unknown): string[] {
  if (!Array.isArray(tokens)) return []
  return tokens.flatMap((token): string[] => {
    if (!Array.isArray(token)) return []
    const [name, , branches] = token as [string, string?, Record<string, unknown>?]
    return [name, ...Object.values(branches ?? {}).flatMap(argumentNames)]
  })
}

/**
 * The parts of a message a translation must keep: its arguments (read by the ICU parser, so a
 * select's branch text is not taken for one) and its numbered tags.
 */
function structure(message: string): string[] {
  const args = argumentNames(compileMessageOrThrow(message)).map((name) => `{${name}}`)
  const tags = [...message.matchAll(/<(\d+)>/g)].map((m) => `<${m[1]}>`)
  return [...new Set([...args, ...tags])].sort()
}

describe('interface catalogs', () => {
  const namespaces = namespacesOf('en')

  it('have the same namespaces in every language', () => {
    expect(namespaces.length).toBeGreaterThan(0)
    for (const locale of LOCALES) expect(namespacesOf(locale)).toEqual(namespaces)
  })

  for (const namespace of namespaces)
    describe(namespace, () => {
      const english = source('en', namespace)
      for (const locale of LOCALES.filter((l) => l !== 'en'))
        it(`${locale} has every English key, with the same arguments and tags, and no other`, () => {
          const translated = source(locale, namespace)
          expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort())
          for (const [key, message] of Object.entries(english)) {
            expect({ key, structure: structure(translated[key] ?? '') }).toEqual({
              key,
              structure: structure(message),
            })
            if (message.trim() !== '') expect(translated[key]?.trim(), key).not.toBe('')
          }
        })
      it('compiles in every language (valid ICU MessageFormat)', () => {
        for (const locale of LOCALES)
          expect(Object.keys(compileNamespace(locale, namespace))).toHaveLength(
            Object.keys(english).length,
          )
      })
    })
})
