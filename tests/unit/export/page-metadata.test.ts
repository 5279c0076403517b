import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { buildCorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import { describePage } from '@/app/page-description'
import { metadataHtml, pageMetadata } from '@/domain/export/page-metadata'
import { statementCitation } from '@/domain/export/statement-citation'
import { statementRecord } from '@/domain/export/statement-record'
import { readingCorpus, readingModel } from '../../fixtures/reading-corpus'

const head = (html: string) =>
  new JSDOM(`<!doctype html><html><head>${html}</head></html>`).window.document.head

describe('page metadata', () => {
  it('a statement page: citation_* and DC tags with its speaker, date, session and address', () => {
    const q = readingCorpus.quotes[0]!
    const url = `https://example.org/quotes/${q.id}`
    const h = head(
      metadataHtml(pageMetadata(readingModel, `/quotes/${q.id}`, url, 'T', describePage), url),
    )
    const meta = (name: string) =>
      h.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content')
    const speaker = readingCorpus.speakers.find((s) => s.id === q.speakerId)!
    expect(meta('citation_author')).toBe(speaker.name)
    expect(meta('citation_public_url')).toBe(url)
    expect(meta('citation_abstract')).toBe(q.text)
    expect(meta('DC.identifier')).toBe(url)
    expect(meta('og:type')).toBe('article')
    expect(h.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(url)
  })

  it('text from the corpus cannot leave its attribute (no tag or script planted by data)', () => {
    const [first, ...rest] = readingCorpus.quotes as [Quote, ...Quote[]]
    const text =
      'He said "x" /><script>alert(1)</script><meta name="citation_author" content="Nobody'
    const model = buildCorpusModel({ ...readingCorpus, quotes: [{ ...first, text }, ...rest] })
    const h = head(
      metadataHtml(pageMetadata(model, `/quotes/${first.id}`, '/q', 'T', describePage), '/q'),
    )
    expect(h.querySelectorAll('script')).toHaveLength(0)
    expect(h.querySelectorAll('meta[name="citation_author"]')).toHaveLength(1)
    expect(h.querySelector('meta[name="citation_abstract"]')?.getAttribute('content')).toBe(text)
  })

  it('other pages get a description of their own', () => {
    const session = readingCorpus.sessions[0]!
    const a = pageMetadata(
      readingModel,
      `/sessions/${session.id}`,
      '/s',
      'S',
      describePage,
    ).description
    const b = pageMetadata(readingModel, '/topics', '/t', 'T', describePage).description
    expect(a).toContain(session.roman)
    expect(a).not.toBe(b)
  })
})

describe('a statement’s citation', () => {
  it('is a file named after the statement in each format', () => {
    const r = statementRecord(readingModel, readingCorpus.quotes[0]!, 'https://example.org/')
    expect(statementCitation('bib', r).filename).toBe(`statement-${r.id}.bib`)
    expect(JSON.parse(statementCitation('csl.json', r).text)[0].URL).toBe(r.permalink)
    expect(statementCitation('ris', r).text).toMatch(/^TY {2}- GEN\r\n/)
  })
})
