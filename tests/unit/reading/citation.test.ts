import { describe, expect, it } from 'vitest'
import { absoluteUrl, citationText } from '@/domain/corpus/citation'
import { readingModel } from '../../fixtures/reading-corpus'

const quote = (id: string) => {
  const q = readingModel.quoteById.get(id)
  if (!q) throw new Error(id)
  return q
}

describe('citationText', () => {
  it('cites a direct quote with speaker, role, statement, session, date, source and link', () => {
    const text = citationText(
      readingModel,
      quote('q32-together'),
      'https://example.org/quotes/q32-together',
    )
    expect(text).toBe(
      'Kassym-Jomart Tokayev, President of Kazakhstan: “We make pivotal decisions together and build our shared future together.” ' +
        'XXXII session of the Assembly of People of Kazakhstan, 27 April 2023. ' +
        'Source: “President Tokayev took part in the 32nd session” (Press release, 27 April 2023). ' +
        'https://example.org/quotes/q32-together',
    )
  })

  it('says a reported statement is in the source’s words', () => {
    const text = citationText(readingModel, quote('q31-language-status'), 'u')
    expect(text).toContain(
      'Kassym-Jomart Tokayev, President of Kazakhstan (reported, in the source’s words): “The Head of State said',
    )
    expect(text).toContain('XXXI session of the Assembly of People of Kazakhstan, 29 April 2022.')
    expect(text).toContain('(Factsheet, 29 April 2022)')
  })

  it('names the speaker who is not the President', () => {
    expect(citationText(readingModel, quote('q32-khashiyeva'), 'u')).toMatch(
      /^Tanzila Khashiyeva, member of an ethno-cultural association: “I liked/,
    )
  })
})

describe('absoluteUrl', () => {
  it('keeps the base path the app is served under', () => {
    expect(absoluteUrl('https://host.org', '/explorer/', '/quotes/a')).toBe(
      'https://host.org/explorer/quotes/a',
    )
    expect(absoluteUrl('https://host.org/', '/', '/quotes/a')).toBe('https://host.org/quotes/a')
    expect(absoluteUrl('http://127.0.0.1:4173', '', 'sources/b#q-a')).toBe(
      'http://127.0.0.1:4173/sources/b#q-a',
    )
  })
})
