/**
 * The user's own documents joined to the published corpus (src/domain/workspace/merge-workspace.ts)
 * and the origin facet over the joined corpus: what the explorer and the pages read when the
 * workspace has documents. The articles are written here for the test.
 */
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { buildCorpusModel, originOf } from '@/domain/corpus/model'
import { checkCorpusIntegrity, CorpusSchema } from '@/domain/corpus/schema'
import { facetOptions } from '@/domain/filters/facet-options'
import {
  matchesFacets,
  QuoteFiltersSearchSchema,
  sanitizeFilters,
} from '@/domain/filters/quote-filters'
import { decodeIndexFile, encodeIndexFile } from '@/domain/search/index-file'
import { buildSearchIndexes, createSearchEngineFrom } from '@/domain/search/search-engine'
import { parseSearch } from '@/domain/url/search-codec'
import type { DocumentDraft } from '@/domain/workspace/builder-adapter'
import { joinWorkspace, type WorkspaceInputs } from '@/domain/workspace/merge-workspace'
import { ARTICLE, published } from './published'
import { searchRequest } from '../search/search-request'

const NEXT_YEAR = `Assembly meets for its thirty-third session

ASTANA, 29 April 2024 – The Assembly of People of Kazakhstan held its XXXIII session.

“Our cultural gardens must be open to every child in the country,” the President said.`

const article: DocumentDraft = {
  id: 'article-2023-xxxii-tasks',
  title: "Head of State sets out the Assembly's tasks",
  kind: 'article',
  date: '2023-04-27',
  sessionId: '32',
  language: 'en',
  text: ARTICLE,
}
const nextYear: DocumentDraft = {
  id: 'article-2024-xxxiii-gardens',
  title: 'Assembly meets for its thirty-third session',
  kind: 'article',
  date: '2024-04-29',
  sessionId: '33',
  language: 'en',
  text: NEXT_YEAR,
}
const session33 = {
  id: '33',
  number: 33,
  roman: 'XXXIII',
  date: '2024-04-29',
  theme: 'A session written for the test',
  place: null,
}
const workspace = (drafts: DocumentDraft[], over: Partial<WorkspaceInputs> = {}) => ({
  drafts,
  sessions: [session33],
  overrides: {},
  ...over,
})

describe('joining the workspace to the published corpus', () => {
  const joined = joinWorkspace(published, workspace([article, nextYear]))
  const { corpus } = joined

  it('gives a sound corpus: the schema, every reference, every symmetric link', () => {
    expect(v.safeParse(CorpusSchema, corpus).success).toBe(true)
    expect(checkCorpusIntegrity(corpus)).toEqual([])
    expect(joined.workspaceSourceIds).toEqual([article.id, nextYear.id])
    expect(joined.leftOut).toEqual([])
  })

  it('keeps every published statement as published, gaining only links to the user’s', () => {
    const joinedById = new Map(corpus.quotes.map((q) => [q.id, q]))
    const mine = new Set([article.id, nextYear.id])
    for (const q of published.corpus.quotes) {
      const now = joinedById.get(q.id)!
      const toMine = (ids: string[]) => ids.filter((id) => mine.has(joinedById.get(id)!.sourceId))
      expect({
        ...now,
        corroboratedBy: now.corroboratedBy.filter((id) => !toMine([id]).length),
        echoes: now.echoes.filter((id) => !toMine([id]).length),
      }).toEqual(q)
    }
    expect(corpus.quotes.length).toBeGreaterThan(published.corpus.quotes.length)
    for (const s of published.corpus.sources) expect(corpus.sources).toContainEqual(s)
    // The session the workspace adds joins; the published ones are unchanged.
    expect(corpus.sessions.map((s) => s.id)).toEqual([
      ...published.corpus.sessions.map((s) => s.id),
      '33',
    ])
  })

  it('reads the documents as the CLI does: kinds, speakers, and the same text gets the same id', () => {
    const mine = corpus.quotes.filter((q) => q.sourceId === article.id)
    expect(mine.map((q) => [q.kind, q.text])).toEqual([
      [
        'reported',
        'President Kassym-Jomart Tokayev said that a new national identity has been formed in Kazakhstan over the years of independence.',
      ],
      ['direct', 'Every citizen must work for the unity of our people'],
    ])
    // Alone or with another document, the article's statements keep their ids.
    const alone = joinWorkspace(published, workspace([article])).corpus.quotes.filter(
      (q) => q.sourceId === article.id,
    )
    expect(alone.map((q) => q.id)).toEqual(mine.map((q) => q.id))
  })

  it('links the user’s statements to the published ones on both sides', () => {
    const identity = corpus.quotes.find((q) => q.sourceId === article.id && q.kind === 'reported')!
    expect(identity.corroboratedBy.length).toBeGreaterThan(0)
    for (const id of identity.corroboratedBy) {
      const other = corpus.quotes.find((q) => q.id === id)!
      expect(other.corroboratedBy).toContain(identity.id)
      // The published statement it corroborates keeps its own published links too.
      const before = published.corpus.quotes.find((q) => q.id === id)
      if (before)
        for (const link of before.corroboratedBy) expect(other.corroboratedBy).toContain(link)
    }
  })

  it('sets aside a document that cannot be built, with the builder’s words, and joins the others', () => {
    const lost = { ...nextYear, id: 'article-2024-lost', sessionId: '34' }
    const result = joinWorkspace(published, workspace([article, lost]))
    expect(result.workspaceSourceIds).toEqual([article.id])
    expect(result.leftOut.map((l) => l.id)).toEqual(['article-2024-lost'])
    expect(result.leftOut[0]!.problems.map((p) => p.message).join(' ')).toMatch(/34/)
    expect(checkCorpusIntegrity(result.corpus)).toEqual([])
  })

  it('never lets a document replace a published source', () => {
    const clash = { ...article, id: published.corpus.sources[0]!.id }
    const result = joinWorkspace(published, workspace([clash]))
    expect(result.corpus).toBe(published.corpus)
    expect(result.leftOut[0]!.problems[0]!.message).toMatch(/published corpus has a source/)
  })

  it('applies the user’s corrections (an excluded statement stays out)', () => {
    const direct = corpus.quotes.find((q) => q.sourceId === article.id && q.kind === 'direct')!
    const corrected = joinWorkspace(
      published,
      workspace([article], { overrides: { [direct.id]: { exclude: true } } }),
    )
    expect(corrected.corpus.quotes.some((q) => q.id === direct.id)).toBe(false)
  })
})

describe('the origin facet', () => {
  const joined = joinWorkspace(published, workspace([article, nextYear]))
  const mine = new Set(joined.workspaceSourceIds)
  const model = buildCorpusModel(joined.corpus, mine)
  // Built as the join worker builds them, through the index file.
  const indexes = decodeIndexFile(
    encodeIndexFile(buildSearchIndexes(joined.corpus, mine), joined.corpus.quotes)
      .buffer as ArrayBuffer,
    joined.corpus.quotes,
  )
  const engine = createSearchEngineFrom(indexes)
  const textsOf = (order: Uint32Array) => Array.from(order, (d) => joined.corpus.quotes[d]!.text)
  const workspaceCount = joined.corpus.quotes.filter((q) => mine.has(q.sourceId)).length

  it('says where each statement comes from', () => {
    expect(originOf(model, article.id)).toBe('workspace')
    expect(originOf(model, published.corpus.sources[0]!.id)).toBe('corpus')
  })

  it('finds the user’s statements by search, with the same stemming as the published ones', () => {
    const found = textsOf(engine.search(searchRequest({ q: 'citizens unity' })).order)
    expect(found).toContain('Every citizen must work for the unity of our people')
    expect(textsOf(engine.search(searchRequest({ q: 'cultural garden' })).order)).toEqual([
      'Our cultural gardens must be open to every child in the country',
    ])
  })

  it('filters and counts by origin', () => {
    const all = engine.search(searchRequest())
    expect(all.facetCounts.origin.get('workspace')).toBe(workspaceCount)
    expect(all.facetCounts.origin.get('corpus')).toBe(published.corpus.quotes.length)
    const yours = engine.search(searchRequest({ origin: ['workspace'] }))
    expect(yours.order.length).toBe(workspaceCount)
    expect(Array.from(yours.order).every((d) => mine.has(joined.corpus.quotes[d]!.sourceId))).toBe(
      true,
    )
    // The other facets count within the origin chosen: session XXXIII is only the user's.
    expect(yours.facetCounts.session.get('33')).toBe(1)
    const publishedOnly = engine.search(searchRequest({ q: 'unity', origin: ['corpus'] }))
    expect(textsOf(publishedOnly.order)).not.toContain(
      'Every citizen must work for the unity of our people',
    )
    expect(publishedOnly.order.length).toBeGreaterThan(0)
  })

  it('is a URL param with a fallback: unknown values are reported, both origins always known', () => {
    const fromUrl = (query: string, over = model) => {
      const raw = parseSearch(query)
      return sanitizeFilters(v.parse(QuoteFiltersSearchSchema, raw), over, raw)
    }
    expect(fromUrl('?origin=workspace,elsewhere').filters.origin).toEqual(['workspace'])
    expect(fromUrl('?origin=workspace,elsewhere').ignored).toEqual([
      expect.objectContaining({ param: 'origin', value: 'elsewhere' }),
    ])
    // A link to someone's own documents, opened where there are none: kept, so the page can say why.
    const publishedModel = buildCorpusModel(published.corpus)
    expect(fromUrl('?origin=workspace', publishedModel).filters.origin).toEqual(['workspace'])
  })

  it('applies on the session and topic pages too (the facet predicate and its options)', () => {
    const filters = {
      ...sanitizeFilters({}, model).filters,
      origin: ['workspace' as const],
    }
    const session32 = joined.corpus.quotes.filter((q) => q.sessionId === '32')
    const kept = session32.filter((q) => matchesFacets(q, filters, undefined, mine))
    expect(kept.map((q) => q.sourceId)).toEqual([article.id, article.id])
    const [group] = facetOptions(model, session32, filters, ['origin'])
    expect(group?.options.map((o) => [o.value, o.count])).toEqual([
      ['corpus', session32.length - 2],
      ['workspace', 2],
    ])
    // Without documents of one's own the facet is offered only to undo a selection of it.
    const publishedModel = buildCorpusModel(published.corpus)
    const none = sanitizeFilters({}, publishedModel).filters
    expect(facetOptions(publishedModel, published.corpus.quotes, none, ['origin'])).toEqual([])
    expect(
      facetOptions(publishedModel, published.corpus.quotes, filters, ['origin'])[0]?.options,
    ).toEqual([
      { value: 'corpus', label: '', count: published.corpus.quotes.length },
      { value: 'workspace', label: '', count: 0 },
    ])
  })
})
