import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Corpus } from '@/domain/corpus/schema'
import { readingCorpus } from '../../fixtures/reading-corpus'
import { renderRoute } from './render-route'

// The fixture with a Russian translation of its 2022 factsheet (a test text), one statement of
// which the build aligned with the factsheet's.
const RU_TEXT =
  'Президент подчеркнул, что «наша государственность, наша страна, наша Родина должны быть высшей ценностью».'
const ruQuote = 'наша государственность, наша страна, наша Родина должны быть высшей ценностью'
const original = readingCorpus.sources.find((s) => s.id === 'factsheet-2022')!
const withTranslation: Corpus = {
  ...readingCorpus,
  sources: [
    ...readingCorpus.sources,
    {
      ...original,
      id: 'factsheet-2022-ru',
      title: 'Справка об участии Президента в XXXI сессии',
      language: 'ru',
      file: 'factsheet-2022-ru.txt',
      text: RU_TEXT,
      leftOut: [],
    },
  ],
  quotes: [
    ...readingCorpus.quotes,
    {
      id: 'q31-highest-value-ru',
      sessionId: '31',
      sourceId: 'factsheet-2022-ru',
      kind: 'direct',
      speakerId: 'tokayev',
      text: ruQuote,
      start: RU_TEXT.indexOf(ruQuote),
      end: RU_TEXT.indexOf(ruQuote) + ruQuote.length,
      section: null,
      order: 0,
      topicIds: [],
      corroboratedBy: [],
      echoes: [],
    },
  ],
  alignments: [{ original: ['q31-highest-value'], translation: ['q31-highest-value-ru'] }],
}

describe('a statement in the other languages of its document’s translations', () => {
  it('offers the aligned statement “In Russian”, in Russian, linking to it', async () => {
    renderRoute('/quotes/q31-highest-value', withTranslation)
    const section = await screen.findByRole('region', { name: 'In other languages' })
    const russian = within(section).getByRole('article', { name: 'In Russian' })
    const link = within(russian).getByRole('link', { name: ruQuote })
    expect(link).toHaveAttribute('href', '/quotes/q31-highest-value-ru')
    expect(link.closest('[lang]')).toHaveAttribute('lang', 'ru')
    expect(within(russian).getByRole('link', { name: /Справка об участии/ })).toHaveAttribute(
      'href',
      '/sources/factsheet-2022-ru#q-q31-highest-value-ru',
    )
    expect(section).toHaveTextContent('not a machine translation')
  })

  it('offers the original “In English” on the translation’s page', async () => {
    renderRoute('/quotes/q31-highest-value-ru', withTranslation)
    const section = await screen.findByRole('region', { name: 'In other languages' })
    const english = within(section).getByRole('article', { name: 'In English' })
    expect(
      within(english).getByRole('link', {
        name: 'our statehood, our country, our homeland must be the highest value',
      }),
    ).toHaveAttribute('href', '/quotes/q31-highest-value')
  })

  it('says nothing of other languages where there is no translation', async () => {
    renderRoute('/quotes/q31-provocations', withTranslation)
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('region', { name: 'In other languages' })).toBeNull()
  })
})
