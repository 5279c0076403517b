import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { snapshotQuote } from '@/domain/bookmarks/bookmark'
import { toExportJson } from '@/domain/bookmarks/export-formats'
import { removeBookmark } from '@/domain/bookmarks/merge'
import { useBookmarksStore } from '@/features/bookmarks/store/use-bookmarks-store'
import {
  bookmarksModel,
  withExtraDocument,
  withoutYouthQuote,
} from '../../fixtures/bookmarks-corpus'
import { renderBookmarks } from './render-bookmarks'

vi.mock('zustand')
// Several user-event flows per test; the default 5 s is tight on a busy machine.
vi.setConfig({ testTimeout: 20_000 })
vi.mock('@/features/corpus/use-corpus', () => ({ useCorpus: () => bookmarksModel }))

const snap = (id: string) => {
  const quote = bookmarksModel.quoteById.get(id)
  if (!quote) throw new Error(id)
  return snapshotQuote(bookmarksModel, quote)
}

/** Bookmarks added a second apart, so "newest first" has a defined order. */
function addBookmarks(...ids: string[]) {
  vi.useFakeTimers({ toFake: ['Date'] })
  let t = Date.parse('2024-05-01T10:00:00Z')
  for (const id of ids) {
    vi.setSystemTime(t)
    t += 1000
    useBookmarksStore.getState().addBookmark(id, snap(id))
  }
  vi.useRealTimers()
}

/** Captures downloads made through Blob URLs. */
function captureDownloads() {
  const files: { name: string; text: Promise<string>; type: string }[] = []
  const blobs = new Map<string, Blob>()
  let n = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob) files.push({ name: this.download, text: blob.text(), type: blob.type })
  })
  return files
}

const articleTexts = () => screen.getAllByRole('article').map((a) => a.textContent ?? '')

beforeEach(() => {
  localStorage.clear()
})

describe('/bookmarks', () => {
  it('explains what to do when there are no bookmarks', async () => {
    renderBookmarks('/bookmarks', bookmarksModel)
    expect(await screen.findByRole('heading', { level: 1, name: 'Bookmarks' })).toBeInTheDocument()
    expect(screen.getByText('No bookmarks yet.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'quote explorer' })).toHaveAttribute('href', '/quotes')
  })

  it('lists bookmarks newest first, and filters by session and topic through the URL', async () => {
    const user = userEvent.setup()
    addBookmarks('q31-unity', 'q32-youth', 'q31-language')
    const { router } = renderBookmarks('/bookmarks', bookmarksModel)
    await screen.findByRole('heading', { level: 2, name: '3 bookmarks' })
    const texts = articleTexts()
    expect(texts[0]).toContain('Kazakh language must become')
    expect(texts[1]).toContain('Young people')
    expect(texts[2]).toContain('Unity, in all its diversity')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Session' }), '31')
    expect(router.state.location.search).toEqual({ session: ['31'] })
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 2 of 3' })).toBeInTheDocument()
    expect(articleTexts().every((t) => t.includes('XXXI session'))).toBe(true)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'language')
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 1 of 3' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all' }))
    expect(screen.getByRole('heading', { level: 2, name: '3 bookmarks' })).toBeInTheDocument()
  })

  it('edits a note: saved when leaving the field, with a status', async () => {
    const user = userEvent.setup()
    addBookmarks('q32-youth')
    renderBookmarks('/bookmarks', bookmarksModel)
    const field = await screen.findByRole('textbox', {
      name: /^Note on the statement “Young people/,
    })
    await user.type(field, 'Lead quote for the youth brief')
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument()
    expect(useBookmarksStore.getState().bookmarks['q32-youth']?.note).toBe('')
    await user.tab()
    expect(screen.getByText('Note saved.')).toBeInTheDocument()
    expect(useBookmarksStore.getState().bookmarks['q32-youth']?.note).toBe(
      'Lead quote for the youth brief',
    )
  })

  it('a note changed in another tab while editing here: both texts kept', async () => {
    const user = userEvent.setup()
    addBookmarks('q32-youth')
    renderBookmarks('/bookmarks', bookmarksModel)
    const field = await screen.findByRole('textbox', { name: /^Note on/ })
    await user.type(field, 'typed here')
    act(() => useBookmarksStore.getState().setNote('q32-youth', 'written in the other tab'))
    await user.click(screen.getByRole('button', { name: 'Save note' }))
    const note = useBookmarksStore.getState().bookmarks['q32-youth']?.note ?? ''
    expect(note).toContain('typed here')
    expect(note).toContain('written in the other tab')
    expect(screen.getByText('This note was merged from two versions')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Mark as reviewed' }))
    expect(screen.queryByText('This note was merged from two versions')).not.toBeInTheDocument()
  })

  it('a note being typed survives another tab removing the bookmark', async () => {
    const user = userEvent.setup()
    addBookmarks('q32-youth', 'q31-unity')
    renderBookmarks('/bookmarks', bookmarksModel)
    const field = await screen.findByRole('textbox', { name: /^Note on the statement “Young/ })
    await user.type(field, 'half a thought')
    // Another tab removes the bookmark (it writes storage; this tab hears a storage event).
    const key = 'assembly-explorer:bookmarks'
    const stored = JSON.parse(localStorage.getItem(key) ?? '')
    const removedThere = {
      ...stored,
      state: removeBookmark(stored.state, 'q32-youth', new Date().toISOString()),
    }
    const newValue = JSON.stringify(removedThere)
    localStorage.setItem(key, newValue)
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key, newValue, storageArea: localStorage }),
      )
    })
    // The text is still there, saved, and the page says what happened.
    expect(screen.getByRole('textbox', { name: /^Note on the statement “Young/ })).toHaveValue(
      'half a thought',
    )
    expect(useBookmarksStore.getState().bookmarks['q32-youth']?.note).toBe('half a thought')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This bookmark was removed in another tab while you were writing this note. It was kept',
    )
    // …and what is stored now holds the note, for the other tab to pick up.
    expect(localStorage.getItem(key)).toContain('half a thought')
  })

  it('removes with an undo toast, and clears all with confirmation and undo', async () => {
    const user = userEvent.setup()
    addBookmarks('q31-unity', 'q32-youth')
    useBookmarksStore.getState().setNote('q31-unity', 'precious')
    renderBookmarks('/bookmarks', bookmarksModel)
    const unity = (await screen.findAllByRole('article')).find((a) =>
      a.textContent?.includes('Unity, in all'),
    )
    if (!unity) throw new Error('no unity card')
    await user.click(within(unity).getByRole('button', { name: 'Remove bookmark' }))
    expect(screen.getAllByRole('article')).toHaveLength(1)
    const toast = screen
      .getAllByRole('status')
      .find((s) => s.textContent?.includes('Removed bookmark'))
    if (!toast) throw new Error('no toast')
    expect(toast).toHaveTextContent('Removed bookmark “Unity, in all its diversity')
    await user.click(within(toast).getByRole('button', { name: 'Undo' }))
    expect(screen.getAllByRole('article')).toHaveLength(2)
    expect(useBookmarksStore.getState().bookmarks['q31-unity']?.note).toBe('precious')

    await user.click(screen.getByRole('button', { name: 'Remove all bookmarks…' }))
    expect(screen.getByRole('button', { name: 'Yes, remove all' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Yes, remove all' }))
    expect(screen.getByText('No bookmarks yet.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getAllByRole('article')).toHaveLength(2)
    expect(useBookmarksStore.getState().bookmarks['q31-unity']?.note).toBe('precious')
  })

  it('custom order: move buttons, operable by keyboard, focus stays on the moved item', async () => {
    const user = userEvent.setup()
    addBookmarks('q31-unity', 'q32-youth', 'q32-language')
    renderBookmarks('/bookmarks', bookmarksModel)
    await screen.findAllByRole('article')
    expect(screen.queryByRole('button', { name: /Move up/ })).not.toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'custom')
    const before = articleTexts()
    expect(before[2]).toContain('Unity, in all')
    const last = screen.getAllByRole('article')[2]
    if (!last) throw new Error('no third card')
    within(last)
      .getByRole('button', { name: /Move up/ })
      .focus()
    await user.keyboard('{Enter}')
    const after = articleTexts()
    expect(after[1]).toContain('Unity, in all')
    expect(after[2]).toContain('Young people')
    await waitFor(() => expect(document.activeElement?.id).toBe('move-up-q31-unity'))
    await user.keyboard('{Enter}')
    expect(articleTexts()[0]).toContain('Unity, in all')
    expect(
      within(screen.getAllByRole('article')[0] as HTMLElement).getByText('1 of 3'),
    ).toBeInTheDocument()
  })

  it('a bookmark whose quote left the corpus shows its saved text, marked', async () => {
    addBookmarks('q32-youth', 'q31-unity')
    renderBookmarks('/bookmarks', withoutYouthQuote)
    const cards = await screen.findAllByRole('article')
    const youth = cards.find((c) => c.textContent?.includes('Young people'))
    if (!youth) throw new Error('snapshot not shown')
    expect(within(youth).getByText(/No longer in the corpus/)).toBeInTheDocument()
    expect(within(youth).queryByRole('link', { name: 'Open statement in context' })).toBeNull()
    const unity = cards.find((c) => c.textContent?.includes('Unity, in all'))
    expect(unity && within(unity).queryByText(/No longer in the corpus/)).toBeNull()
  })

  it('a bookmark made today still opens after the corpus gains a document', async () => {
    addBookmarks('q31-unity')
    renderBookmarks('/bookmarks', withExtraDocument)
    const card = await screen.findByRole('article')
    expect(within(card).queryByText(/No longer in the corpus/)).toBeNull()
    expect(within(card).getByRole('link', { name: 'Open statement in context' })).toHaveAttribute(
      'href',
      '/quotes/q31-unity',
    )
  })

  it('exports JSON (re-importable), CSV and Markdown as downloads', async () => {
    const user = userEvent.setup()
    const files = captureDownloads()
    addBookmarks('q31-unity', 'q32-youth')
    useBookmarksStore.getState().setNote('q31-unity', 'with "quotes", and commas')
    renderBookmarks('/bookmarks', bookmarksModel)
    await user.click(await screen.findByRole('button', { name: 'Export JSON' }))
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }))
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^assembly-explorer-bookmarks-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/\.csv$/),
      expect.stringMatching(/\.md$/),
    ])
    const [json, csv, md] = await Promise.all(files.map((f) => f.text))
    const parsed = JSON.parse(json ?? '') as { bookmarks: { quoteId: string; note: string }[] }
    expect(parsed.bookmarks.map((b) => b.quoteId)).toEqual(['q32-youth', 'q31-unity'])
    expect(parsed.bookmarks[1]?.note).toBe('with "quotes", and commas')
    expect(csv).toContain('"with ""quotes"", and commas"')
    expect(md).toContain('**Note:** with "quotes", and commas')
  })

  it('a file whose bookmarks would not fit in storage: refused before anything changes, never "added"', async () => {
    // Issue 17, defect 4: a 4.4 MB file passed the size check, said "Added" and "could not be
    // saved" at once, and after a reload only the old bookmarks remained.
    const user = userEvent.setup()
    addBookmarks('q31-unity')
    const stored = localStorage.getItem('assembly-explorer:bookmarks')
    const file = new File(
      [
        JSON.stringify({
          format: 'assembly-explorer-bookmarks',
          formatVersion: 1,
          bookmarks: Array.from({ length: 10_000 }, (_, i) => ({
            quoteId: `q-other-${i}`,
            snapshot: { ...snap('q31-unity'), text: `Statement ${i}.` },
          })),
        }),
      ],
      'large.json',
      { type: 'application/json' },
    )
    expect(file.size).toBeGreaterThan(4_000_000)
    expect(file.size).toBeLessThan(5 * 1024 * 1024)
    renderBookmarks('/bookmarks', bookmarksModel)
    await user.upload(await screen.findByLabelText('Import bookmarks from a JSON file'), file)
    const refusal = await screen.findByRole('alert', {}, { timeout: 20_000 })
    expect(refusal).toHaveTextContent(
      /your bookmarks would take \d+\.\d MB of this browser’s storage/,
    )
    expect(refusal).toHaveTextContent('Nothing was changed.')
    expect(screen.queryByText(/Added/)).toBeNull()
    expect(Object.keys(useBookmarksStore.getState().bookmarks)).toEqual(['q31-unity'])
    expect(localStorage.getItem('assembly-explorer:bookmarks')).toBe(stored)
  })

  it('imports a file only after showing what will change', async () => {
    const user = userEvent.setup()
    addBookmarks('q31-unity')
    useBookmarksStore.getState().setNote('q31-unity', 'mine')
    const file = new File(
      [
        JSON.stringify({
          format: 'assembly-explorer-bookmarks',
          formatVersion: 1,
          bookmarks: [
            { quoteId: 'q31-unity', note: 'theirs' },
            { quoteId: 'q32-youth', note: 'new one' },
            { quoteId: 'ghost-quote' },
          ],
        }),
      ],
      'from-colleague.json',
      { type: 'application/json' },
    )
    renderBookmarks('/bookmarks', bookmarksModel)
    await user.upload(await screen.findByLabelText('Import bookmarks from a JSON file'), file)
    const preview = await screen.findByRole('region', {
      name: 'Before importing “from-colleague.json”',
    })
    expect(within(preview).getByText('Will be added').nextSibling).toHaveTextContent('1 bookmark')
    expect(within(preview).getByText('Different note from yours').nextSibling).toHaveTextContent(
      /1 bookmark: both notes will be kept/,
    )
    expect(within(preview).getByText('Unknown quote IDs, skipped').nextSibling).toHaveTextContent(
      'ghost-quote',
    )
    // Nothing has changed yet.
    expect(Object.keys(useBookmarksStore.getState().bookmarks)).toEqual(['q31-unity'])
    expect(useBookmarksStore.getState().bookmarks['q31-unity']?.note).toBe('mine')

    await user.click(within(preview).getByRole('button', { name: 'Import 1 bookmark and 1 note' }))
    expect(
      await screen.findByText(/Added 1 bookmark, kept both notes on 1 bookmark/),
    ).toBeInTheDocument()
    const { bookmarks } = useBookmarksStore.getState()
    expect(bookmarks['q32-youth']?.note).toBe('new one')
    expect(bookmarks['q31-unity']?.note.startsWith('mine')).toBe(true)
    expect(bookmarks['q31-unity']?.note).toContain('theirs')
    expect(bookmarks['ghost-quote']).toBeUndefined()
  })

  it.each([
    ['not JSON', new File(['Quote,Speaker\n'], 'export.csv'), /“export\.csv” is not a JSON file/],
    [
      'wrong shape',
      new File(
        [
          JSON.stringify({
            format: 'assembly-explorer-bookmarks',
            formatVersion: 1,
            bookmarks: [{ note: 'x' }],
          }),
        ],
        'bad.json',
      ),
      /no entry this app can read \(1 entry\): bookmark #1 \(bookmarks\[0\]\): quoteId:/,
    ],
    [
      'only unknown ids',
      new File(
        [
          JSON.stringify({
            format: 'assembly-explorer-bookmarks',
            formatVersion: 1,
            bookmarks: [{ quoteId: 'nope' }],
          }),
        ],
        'old.json',
      ),
      /None of the statements in “old\.json” are in the corpus.*nope/,
    ],
  ])(
    'a bad import file (%s): clear message, collection untouched',
    async (_label, file, message) => {
      // A user can pick “All files” in the file dialog, whatever `accept` says.
      const user = userEvent.setup({ applyAccept: false })
      addBookmarks('q31-unity')
      const before = JSON.stringify(useBookmarksStore.getState().bookmarks)
      renderBookmarks('/bookmarks', bookmarksModel)
      await user.upload(await screen.findByLabelText('Import bookmarks from a JSON file'), file)
      expect(await screen.findByRole('alert')).toHaveTextContent(message)
      expect(screen.getByRole('alert')).toHaveTextContent('Nothing was changed.')
      expect(JSON.stringify(useBookmarksStore.getState().bookmarks)).toBe(before)
    },
  )

  it('a 20 MB file is refused before it is read', async () => {
    const user = userEvent.setup()
    const file = new File(['{}'], 'huge.json', { type: 'application/json' })
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 })
    const read = vi.spyOn(file, 'text')
    renderBookmarks('/bookmarks', bookmarksModel)
    await user.upload(await screen.findByLabelText('Import bookmarks from a JSON file'), file)
    expect(await screen.findByRole('alert')).toHaveTextContent('“huge.json” is 20.0 MB')
    expect(read).not.toHaveBeenCalled()
  })

  it('re-imports its own JSON export without changing anything', async () => {
    const user = userEvent.setup()
    addBookmarks('q31-unity', 'q32-youth')
    const state = useBookmarksStore.getState()
    const json = toExportJson(state, Object.values(state.bookmarks), new Date().toISOString())
    renderBookmarks('/bookmarks', bookmarksModel)
    await user.upload(
      await screen.findByLabelText('Import bookmarks from a JSON file'),
      new File([json], 'mine.json'),
    )
    expect(await screen.findByText(/Nothing new in this file/)).toBeInTheDocument()
  })

  it('share: builds the link and copies it; shows it in a field when copying is refused', async () => {
    const user = userEvent.setup()
    addBookmarks('q31-unity', 'q32-youth')
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    renderBookmarks('/bookmarks', bookmarksModel)
    await user.type(
      await screen.findByRole('textbox', { name: 'Title for the shared collection (optional)' }),
      'Unity & youth',
    )
    await user.click(screen.getByRole('button', { name: 'Copy share link' }))
    const expected =
      'http://localhost:3000/bookmarks/shared?ids=q32-youth,q31-unity&title=Unity+%26+youth'
    expect(writeText).toHaveBeenCalledWith(
      expected.replace('http://localhost:3000', window.location.origin),
    )
    expect(await screen.findByText('Link to 2 statements copied.')).toBeInTheDocument()

    writeText.mockRejectedValueOnce(new Error('denied'))
    await user.click(screen.getByRole('button', { name: 'Copy share link' }))
    expect(await screen.findByText(/did not allow copying/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Share link' })).toHaveValue(
      expected.replace('http://localhost:3000', window.location.origin),
    )
  })

  it('says when bookmarks are not being kept, and offers the kept-aside data for download', async () => {
    const user = userEvent.setup()
    const files = captureDownloads()
    localStorage.setItem('assembly-explorer:quarantine:1714557600000', '{"broken":')
    useBookmarksStore.setState({
      storageHealth: 'write-failed',
      quarantined: [
        {
          key: 'assembly-explorer:quarantine:1714557600000',
          savedAt: '2024-05-01T10:00:00.000Z',
          reason: 'The saved bookmarks are not valid JSON.',
          size: 10,
        },
      ],
    })
    renderBookmarks('/bookmarks', bookmarksModel)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your latest changes could not be saved',
    )
    expect(screen.getByText(/Some saved data could not be read/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Download kept-aside data' }))
    expect(await files[0]?.text).toBe('{"broken":')
  })

  it('a saved view never links off the app, whatever the stored data says', async () => {
    useBookmarksStore.setState({
      savedViews: {
        v1: {
          id: 'v1',
          name: 'Unity',
          url: '/quotes?topic=unity',
          createdAt: '2024-05-01T00:00:00Z',
        },
        v2: {
          id: 'v2',
          name: 'Phish',
          url: '//evil.example/phish',
          createdAt: '2024-05-02T00:00:00Z',
        },
        v3: {
          id: 'v3',
          name: 'Slash',
          url: '/\\evil.example/x',
          createdAt: '2024-05-03T00:00:00Z',
        },
      },
    })
    renderBookmarks('/bookmarks', bookmarksModel)
    expect(await screen.findByRole('link', { name: 'Unity' })).toHaveAttribute(
      'href',
      '/quotes?topic=unity',
    )
    expect(screen.queryByRole('link', { name: 'Phish' })).toBeNull()
    expect(screen.queryByRole('link', { name: 'Slash' })).toBeNull()
    expect(screen.getByText(/“\/\/evil\.example\/phish” leads to another site/)).toBeInTheDocument()
    for (const link of screen.getAllByRole('link'))
      expect(link.getAttribute('href') ?? '').not.toMatch(/evil|^\/\/|\\/)
  })

  it('one malformed bookmark: the others are shown, and the page says what was set aside', async () => {
    const user = userEvent.setup()
    addBookmarks('q31-unity', 'q32-youth', 'q31-language')
    const stored = JSON.parse(localStorage.getItem('assembly-explorer:bookmarks') ?? '')
    stored.state.bookmarks['q32-youth'].addedAt = 'yesterday'
    useBookmarksStore.setState({ bookmarks: {} }) // (this writes storage too, so first)
    localStorage.setItem('assembly-explorer:bookmarks', JSON.stringify(stored))
    await act(() => useBookmarksStore.persist.rehydrate())
    const files = captureDownloads()
    renderBookmarks('/bookmarks', bookmarksModel)
    expect(await screen.findByRole('heading', { name: '2 bookmarks' })).toBeInTheDocument()
    expect(document.body).toHaveTextContent(
      /Kept 2 bookmarks; set aside 1 entry that could not be read: bookmark “q32-youth” \(bookmarks\.q32-youth\): addedAt:/,
    )
    await user.click(screen.getByRole('button', { name: 'Download kept-aside data' }))
    const keptAside = (await files[0]?.text) ?? ''
    expect(JSON.parse(keptAside).state.bookmarks['q32-youth'].addedAt).toBe('yesterday')

    // Importing the kept-aside file names the bad entry and its field.
    await user.upload(
      screen.getByLabelText('Import bookmarks from a JSON file'),
      new File([keptAside], 'kept-aside.json', { type: 'application/json' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /“kept-aside\.json” has no entry this app can read \(1 entry\): bookmark “q32-youth” \(bookmarks\.q32-youth\): addedAt: .*yesterday/,
    )
  })

  it('an import file with one bad entry: preview lists it with field and reason; the rest imports', async () => {
    const user = userEvent.setup()
    renderBookmarks('/bookmarks', bookmarksModel)
    const file = new File(
      [
        JSON.stringify({
          format: 'assembly-explorer-bookmarks',
          formatVersion: 1,
          bookmarks: [
            { quoteId: 'q31-unity', note: 'a' },
            { quoteId: 'q32-youth', addedAt: 'yesterday' },
          ],
        }),
      ],
      'mixed.json',
    )
    await user.upload(await screen.findByLabelText('Import bookmarks from a JSON file'), file)
    const preview = await screen.findByRole('region', { name: 'Before importing “mixed.json”' })
    expect(within(preview).getByText('Cannot be read, not imported').nextSibling).toHaveTextContent(
      /1 entry:.*bookmark “q32-youth” \(bookmarks\[1\]\): addedAt:/,
    )
    await user.click(within(preview).getByRole('button', { name: 'Import 1 bookmark' }))
    expect(
      await screen.findByText(
        /Added 1 bookmark from “mixed\.json”\. 1 entry of the file could not be read/,
      ),
    ).toBeInTheDocument()
    expect(Object.keys(useBookmarksStore.getState().bookmarks)).toEqual(['q31-unity'])
  })

  it('unreadable data too large to copy aside: says so (not just "full"), offers download and removal', async () => {
    useBookmarksStore.setState({
      storageHealth: 'write-failed',
      quarantined: [
        {
          key: 'assembly-explorer:bookmarks',
          savedAt: '2024-05-01T10:00:00.000Z',
          reason: 'The saved bookmarks are not valid JSON. It is too large to copy aside…',
          size: 4_718_600,
          inPlace: true,
        },
      ],
    })
    renderBookmarks('/bookmarks', bookmarksModel)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Saved bookmark data cannot be read, so new changes are not being saved',
    )
    expect(screen.queryByText('Your latest changes could not be saved')).toBeNull()
    expect(screen.getByText(/Unreadable, left in place.*4,718,600 characters/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download kept-aside data' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete it' })).toBeInTheDocument()
  })

  it('other pages carry a one-line warning when bookmarks are at risk', async () => {
    useBookmarksStore.getState().addBookmark('q31-unity', null)
    useBookmarksStore.setState({ storageHealth: 'unavailable' })
    const { router } = renderBookmarks('/quotes', bookmarksModel)
    expect(
      await screen.findByText(/Your bookmarks are not being saved in this browser/),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Export them' })).toHaveAttribute('href', '/bookmarks')
    await act(() => router.navigate({ to: '/bookmarks' } as never))
    expect(
      await screen.findByText('Bookmarks will not be kept after you close this tab'),
    ).toBeInTheDocument()
    expect(screen.queryByText(/Your bookmarks are not being saved in this browser/)).toBeNull()
  })
})
