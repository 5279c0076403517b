import { afterAll, describe, expect, it } from 'vitest'
import { ignoredReasonText } from '@/components/ignored-params-notice'
import { ignoredMessages } from '@/components/ignored-messages'
import {
  sanitizeFilters,
  searchStringIgnored,
  unknownParams,
  type IgnoredReason,
} from '@/domain/filters/quote-filters'
import { scopeFilters } from '@/domain/filters/scoped-filters'
import { translator } from '@/i18n/catalog'
import { activateLocale } from '@/i18n/i18n'
import { readingModel } from '../../fixtures/reading-corpus'

/** One reason of every code, as the domain gives them for real addresses. */
function everyReason(): IgnoredReason[] {
  const scope = { facet: 'session', value: '32', label: 'SCOPE' } as const
  const sanitized = sanitizeFilters(
    { topic: ['nonsense'], sort: 'sideways', q: 'x'.repeat(600) },
    readingModel,
  )
  const scoped = scopeFilters(
    sanitizeFilters({ session: ['31'], lang: ['en'], q: 'unity' }, readingModel),
    scope,
  )
  return [
    ...sanitized.ignored,
    ...unknownParams({ colour: 'red' }),
    ...searchStringIgnored(`?session=31&session=32&session=33&q=${'y'.repeat(2500)}`),
    ...scoped.ignored,
  ]
    .map((i) => i.reason)
    .concat({ code: 'title-too-long', length: 1206, max: 120 })
}

const words = () => everyReason().map((r) => ignoredReasonText(translator(ignoredMessages), r))

afterAll(() => activateLocale('en'))

describe('why a part of a link was ignored, in words', () => {
  it('covers every code the domain has', () => {
    expect(new Set(everyReason().map((r) => r.code))).toEqual(
      new Set([
        'unknown-value',
        'invalid-value',
        'query-too-long',
        'unknown-param',
        'repeated',
        'value-too-long',
        'outside-scope',
        'lang-elsewhere',
        'query-elsewhere',
        'title-too-long',
      ]),
    )
  })

  it('reads in English as it always has', async () => {
    await activateLocale('en')
    expect(words()).toEqual([
      'the search text was longer than 500 characters',
      '“sort” has an invalid value (“sideways”)',
      'no topic “nonsense” in the corpus',
      '“colour” is not a setting of this page',
      '“q” was 2,500 characters long; only the first 2,000 were read',
      '“session” was given 3 times; only the first (“31”) was used, and “32”, “33” were ignored',
      'this page shows SCOPE only, so session “31” was not applied',
      'the language filter is not applied here; “Open these in the explorer” keeps it',
      'text search (“unity”) is not applied here; “Open these in the explorer” keeps it',
      'The title was 1,206 characters long; only the first 120 are shown',
    ])
  })

  it('reads in Russian, with its plural forms and « » quotation marks', async () => {
    await activateLocale('ru')
    const ru = words()
    expect(ru[2]).toBe('в корпусе нет темы «nonsense»')
    expect(ru[5]).toBe(
      'параметр «session» указан 3 раза; использовано только первое значение («31»), значения «32», «33» не учтены',
    )
    expect(ru[4]).toBe(
      'значение параметра «q» длиной 2\u00a0500 символов; прочитаны только первые 2\u00a0000 символов',
    )
    for (const text of ru) expect(text).not.toMatch(/[“”]|\b(the|was|were|not|only)\b/)
  })

  it('reads in Kazakh', async () => {
    await activateLocale('kk')
    const kk = words()
    expect(kk[2]).toBe('корпуста «nonsense» тақырыбы жоқ')
    expect(kk[6]).toBe('бұл бетте тек SCOPE көрсетілген, сондықтан «31» сессиясы қолданылмады')
    for (const text of kk) expect(text).not.toMatch(/[“”]|\b(the|was|were|not|only)\b/)
  })
})
