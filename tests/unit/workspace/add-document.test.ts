/**
 * Adding a document in the browser: metadata suggestions, and the builder adapter, which must
 * give the CLI's statements and ids (the same buildCorpus over the same folder).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { buildCorpus } from '../../../src/domain/corpus/builder/build'
import { buildWithDrafts, leftOutPassages } from '../../../src/domain/workspace/builder-adapter'
import {
  mentionedSession,
  suggestDate,
  suggestId,
  suggestKind,
  suggestLanguage,
  suggestSession,
  suggestTitle,
} from '../../../src/domain/workspace/suggest'
import { REAL_SOURCES, REPO } from '../corpus/corpus-folder'
import { ARTICLE, DRAFT, published } from './published'

describe('suggestions', () => {
  it('read the title, date, session, kind and language from the text', () => {
    expect(suggestTitle(ARTICLE)).toBe("Head of State sets out the Assembly's tasks")
    expect(suggestDate(ARTICLE)).toBe('2023-04-27')
    expect(suggestDate('Published April 29, 2022.')).toBe('2022-04-29')
    expect(suggestDate('Дата: 29.04.2022')).toBe('2022-04-29')
    expect(suggestDate('31 February 2023')).toBeNull()
    expect(mentionedSession('the XXXIII session of the Assembly')).toBe(33)
    expect(mentionedSession('at its 33rd session')).toBe(33)
    const sessions = published.corpus.sessions
    expect(suggestSession(ARTICLE, '2023-04-27', sessions)).toEqual({
      kind: 'existing',
      sessionId: '32',
      why: 'mention',
    })
    expect(suggestSession('No mention here.', '2022-04-29', sessions)).toEqual({
      kind: 'existing',
      sessionId: '31',
      why: 'date',
    })
    expect(suggestSession('the 33rd session', null, sessions)).toEqual({
      kind: 'new',
      number: 33,
      roman: 'XXXIII',
    })
    expect(suggestKind(ARTICLE)).toBe('article')
    expect(suggestKind('Facts\n· one point\n· two points\n· three points')).toBe('factsheet')
    expect(suggestLanguage(ARTICLE)).toBe('en')
    expect(suggestLanguage('Президент сказал, что единство важно.')).toBe('ru')
    expect(suggestLanguage('Президент бірлік маңызды екенін айтты.')).toBe('kk')
    expect(suggestId('article', '2023-04-27', 'XXXII', 'Head of State sets out', new Set())).toBe(
      'article-2023-xxxii-head-state-sets',
    )
    expect(
      suggestId('article', '2023-04-27', 'XXXII', 'Head', new Set(['article-2023-xxxii-head'])),
    ).toBe('article-2023-xxxii-head-2')
  })
})

describe('the builder adapter', () => {
  const draft = DRAFT

  it('gives the statements and ids the CLI gives for the same folder', () => {
    const inBrowser = buildWithDrafts(published, [draft])
    expect(inBrowser.ok).toBe(true)
    if (!inBrowser.ok) return
    const folder = readCorpusFolder({
      sources: REAL_SOURCES,
      sessions: join(REPO, 'corpus/sessions.json'),
      topics: join(REPO, 'corpus/topics.json'),
      overrides: join(REPO, 'corpus/overrides.json'),
    })
    const cli = buildCorpus({
      ...folder,
      documents: [
        ...folder.documents,
        {
          file: `${draft.id}.txt`,
          content: new TextEncoder().encode(ARTICLE),
          metaFile: `${draft.id}.meta.json`,
          meta: { ...draft, text: undefined, publisher: null, url: null },
        },
      ].map((d) => ({ ...d, meta: JSON.parse(JSON.stringify(d.meta)) as unknown })),
    }).corpus
    const strip = (q: (typeof cli.quotes)[number]) => ({ ...q })
    expect(inBrowser.corpus.quotes.map(strip)).toEqual(cli.quotes.map(strip))
    const added = inBrowser.corpus.quotes.filter((q) => q.sourceId === draft.id)
    expect(added.map((q) => q.kind)).toEqual(['reported', 'direct'])
    expect(added[0]!.corroboratedBy.length).toBeGreaterThan(0)
    // Every published statement keeps its id.
    const ids = new Set(inBrowser.corpus.quotes.map((q) => q.id))
    for (const q of published.corpus.quotes) expect(ids.has(q.id)).toBe(true)
  })

  it('lists every passage left out, with its reason', () => {
    const built = buildWithDrafts(published, [draft])
    if (!built.ok) throw new Error('build failed')
    const source = built.corpus.sources.find((s) => s.id === draft.id)!
    const leftOut = leftOutPassages(
      source,
      built.corpus.quotes.filter((q) => q.sourceId === draft.id),
    )
    expect(leftOut.map((p) => [p.reason, p.text])).toEqual([
      ['title', "Head of State sets out the Assembly's tasks"],
      [
        'not-attributed',
        'ASTANA, 27 April 2023 – From the XXXII session of the Assembly of People of Kazakhstan.',
      ],
      ['not-attributed', 'The meeting took place in the Palace of Peace and Reconciliation.'],
    ])
  })

  it('reports bad input instead of throwing: an unknown session', () => {
    const built = buildWithDrafts(published, [{ ...draft, sessionId: '99' }])
    expect(built.ok).toBe(false)
    if (!built.ok) expect(built.problems[0]!.message).toMatch(/unknown session "99"/)
  })

  it('applies the user’s corrections as the CLI applies overrides', () => {
    const first = buildWithDrafts(published, [draft])
    if (!first.ok) throw new Error('build failed')
    const quote = first.corpus.quotes.find((q) => q.sourceId === draft.id && q.kind === 'direct')!
    const corrected = buildWithDrafts(published, [draft], [], { [quote.id]: { exclude: true } })
    if (!corrected.ok) throw new Error('build failed')
    expect(corrected.corpus.quotes.some((q) => q.id === quote.id)).toBe(false)
  })
})
