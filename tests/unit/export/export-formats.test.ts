import { Cite } from '@citation-js/core'
import '@citation-js/plugin-ris'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { buildCorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import { toBibtex } from '@/domain/export/bibtex'
import { cslItem } from '@/domain/export/csl-json'
import { toRis } from '@/domain/export/ris'
import { statementRecords } from '@/domain/export/statement-record'
import { describeFilters, exportView, viewSlug, type ListView } from '@/domain/export/view-export'
import type { QuoteFilters } from '@/domain/filters/quote-filters'
import { readingCorpus, readingModel } from '../../fixtures/reading-corpus'
import { searchRequest } from '../search/search-request'

const BASE = 'https://example.org/explorer/'
const NO_FILTERS: QuoteFilters = searchRequest()
const records = statementRecords(readingModel, readingCorpus.quotes, BASE)

/** The fixture with one statement's text made to look like a spreadsheet formula. */
function withText(text: string) {
  const [first, ...rest] = readingCorpus.quotes as [Quote, ...Quote[]]
  return buildCorpusModel({ ...readingCorpus, quotes: [{ ...first, text }, ...rest] })
}

describe('statement records', () => {
  it('resolve each statement’s speaker, session, source and links', () => {
    const q = readingCorpus.quotes[0]!
    const r = records[0]!
    const source = readingCorpus.sources.find((s) => s.id === q.sourceId)!
    expect(r).toMatchObject({
      id: q.id,
      permalink: `${BASE}quotes/${q.id}`,
      text: q.text,
      sessionNumber: q.sessionId,
      sourceTitle: source.title,
      sourceKind: source.kind,
      language: source.language,
      corroboratedBy: q.corroboratedBy,
      echoes: q.echoes,
    })
  })
})

describe('BibTeX', () => {
  it('parses with a BibTeX parser into the expected fields', () => {
    const bib = toBibtex(records, ['Exported at 2024-05-01T10:00:00.000Z'])
    const library = parseBibtex(bib)
    expect(library.errors).toEqual([])
    expect(library.entries).toHaveLength(records.length)
    records.forEach((r, i) => {
      const entry = library.entries[i]!
      expect(entry.type).toBe('misc')
      const [author] = entry.fields.author as { firstName?: string; lastName?: string }[]
      expect(`${author!.firstName} ${author!.lastName}`).toBe(r.speakerName)
      expect(entry.fields.url).toBe(r.permalink)
      expect(entry.fields.date).toBe(r.date)
      expect(entry.fields.howpublished).toBe(r.sourceTitle)
      expect(entry.fields.abstract).toBe(r.text.replace(/\s+/g, ' '))
    })
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(records.length)
  })

  it('keeps TeX specials in a text literal', () => {
    const model = withText('50% & $5 for #1_a {b} \\c ~d ^e')
    const [r] = statementRecords(model, model.corpus.quotes.slice(0, 1), BASE)
    const entry = parseBibtex(toBibtex([r!])).entries[0]!
    expect(entry.fields.abstract).toBe('50% & $5 for #1_a {b} \\c ~d ^e')
  })
})

describe('RIS', () => {
  it('parses with a RIS parser into the expected fields', () => {
    const items = new Cite(toRis(records, ['View: x'])).data as Record<string, unknown>[]
    expect(items).toHaveLength(records.length)
    records.forEach((r, i) => {
      const item = items[i]!
      expect(item.author).toEqual([{ literal: r.speakerName }])
      expect(item.URL).toBe(r.permalink)
      expect(item.issued).toEqual({ 'date-parts': [r.date.split('-').map(Number)] })
      expect(String(item.title)).toContain(r.text.slice(0, 40))
      expect(item['container-title']).toBe(r.sourceTitle)
    })
  })
})

describe('CSL-JSON', () => {
  it('describes a statement as a speech with its speaker, date, event and link', () => {
    const r = records[0]!
    expect(cslItem(r)).toMatchObject({
      id: r.id,
      type: 'speech',
      author: [{ literal: r.speakerName }],
      issued: { 'date-parts': [r.date.split('-').map(Number)] },
      event: `${r.sessionLabel} of the Assembly of People of Kazakhstan`,
      URL: r.permalink,
      abstract: r.text,
    })
  })
})

describe('export of a view', () => {
  const filters: QuoteFilters = { ...NO_FILTERS, q: 'Kazakh language', session: ['31'] }
  const view: ListView = {
    title: 'Quote explorer',
    filters,
    url: `${BASE}quotes?q=Kazakh+language&session=31`,
  }
  const shown = readingCorpus.quotes.filter((q) => q.sessionId === '31').slice(0, 2)
  const options = { appBaseUrl: BASE, exportedAt: '2024-05-01T10:00:00.000Z' }

  it('is named after the view', () => {
    expect(viewSlug(view)).toBe('kazakh-language-session-31')
    expect(viewSlug({ filters: NO_FILTERS })).toBe('all-statements')
    expect(
      viewSlug({
        scope: { facet: 'topic', value: 'language-policy' },
        filters: { ...NO_FILTERS, kind: ['direct'] },
      }),
    ).toBe('language-policy-direct')
    expect(exportView('ris', readingModel, view, shown, options).filename).toBe(
      'kazakh-language-session-31.ris',
    )
  })

  it('CSV: exactly the statements given, with the filters and the time', () => {
    const file = exportView('csv', readingModel, view, shown, options)
    const rows = parseCsv(file.text, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.id)).toEqual(shown.map((q) => q.id))
    expect(rows.map((r) => r.text)).toEqual(shown.map((q) => q.text))
    expect(rows[0]!.filters).toBe(
      'Search: “Kazakh language”; Session: XXXI session (29 April 2022)',
    )
    expect(rows[0]!.view).toBe(view.url)
    expect(rows[0]!.exported_at).toBe(options.exportedAt)
  })

  it('CSV: a statement shaped like a formula is neutralised', () => {
    const model = withText('=cmd|calc')
    const file = exportView('csv', model, view, [model.corpus.quotes[0]!], options)
    const rows = parseCsv(file.text, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows[0]!.text).toBe("'=cmd|calc")
  })

  it('JSON, Markdown, BibTeX and RIS say which filters and when', () => {
    const json = JSON.parse(exportView('json', readingModel, view, shown, options).text)
    expect(json).toMatchObject({
      exportedAt: options.exportedAt,
      view: { url: view.url, filters: { q: 'Kazakh language', session: ['31'] } },
      count: 2,
    })
    expect(json.statements.map((s: { id: string }) => s.id)).toEqual(shown.map((q) => q.id))
    for (const format of ['md', 'bib', 'ris'] as const) {
      const text = exportView(format, readingModel, view, shown, options).text
      expect(text).toContain('Search: “Kazakh language”')
      expect(text).toContain(options.exportedAt)
    }
    const md = exportView('md', readingModel, view, shown, options).text
    for (const q of shown) expect(md).toContain(`${BASE}quotes/${q.id}`)
  })

  it('describes each filter by name', () => {
    expect(
      describeFilters(readingModel, {
        ...NO_FILTERS,
        kind: ['direct', 'reported'],
        topic: [readingCorpus.topics[0]!.id],
      }),
    ).toEqual([
      `Topic: ${readingCorpus.topics[0]!.label}`,
      'Kind: direct quotation or reported speech',
    ])
  })
})
