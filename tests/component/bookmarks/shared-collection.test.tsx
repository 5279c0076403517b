import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SaveViewButton } from '@/features/bookmarks/components/save-view-button'
import { useBookmarksStore } from '@/features/bookmarks/store/use-bookmarks-store'
import { bookmarksModel } from '../../fixtures/bookmarks-corpus'
import { renderBookmarks } from './render-bookmarks'

vi.mock('zustand')
vi.mock('@/features/corpus/use-corpus', () => ({ useCorpus: () => bookmarksModel }))
vi.setConfig({ testTimeout: 20_000 })

describe('/bookmarks/shared', () => {
  it('shows the shared statements read-only, with the title, and reports what it cannot show', async () => {
    renderBookmarks(
      '/bookmarks/shared?ids=q32-youth,no-such-quote,q31-unity,Bad!Id&title=Brief+on+unity',
      bookmarksModel,
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Brief on unity' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Brief on unity · Assembly Explorer')
    const cards = screen.getAllByRole('article')
    expect(cards).toHaveLength(2)
    expect(cards[0]).toHaveTextContent('Young people are the future')
    expect(cards[1]).toHaveTextContent('Unity, in all its diversity')
    expect(screen.getByText('2 items in this link could not be shown')).toBeInTheDocument()
    expect(screen.getByText(/Not in the corpus: no-such-quote/)).toBeInTheDocument()
    expect(screen.getByText(/Not quote IDs: Bad!Id/)).toBeInTheDocument()
    // Read-only: no notes editor and nothing saved by merely opening the link.
    expect(screen.queryByRole('textbox', { name: /Note/ })).toBeNull()
    expect(useBookmarksStore.getState().bookmarks).toEqual({})
  })

  it('says when over-long ids and an over-long title were dropped or cut', async () => {
    const longId = 'q'.repeat(300)
    const longTitle = `Brief ${'t'.repeat(1200)}`
    renderBookmarks(
      `/bookmarks/shared?ids=q32-youth,${longId}&title=${longTitle}&ids=q31-unity`,
      bookmarksModel,
    )
    expect(await screen.findAllByRole('article')).toHaveLength(1)
    expect(screen.getByText('1 item in this link could not be shown')).toBeInTheDocument()
    expect(document.body).toHaveTextContent(/Too long to be quote IDs \(300 characters\): q{40}…/)
    const notice = screen.getByText('Some parts of this link were ignored:').parentElement
    expect(notice).toHaveTextContent(
      'The title was 1,206 characters long; only the first 120 are shown',
    )
    expect(notice).toHaveTextContent('“ids” was given 2 times; only the first (“q32-youth,qqq')
    expect(
      screen.getByRole('heading', { level: 1, name: `Brief ${'t'.repeat(114)}` }),
    ).toBeInTheDocument()
  })

  it('“Save to my bookmarks” adds what is new, without duplicates, leaving notes alone', async () => {
    const user = userEvent.setup()
    useBookmarksStore.getState().addBookmark('q31-unity', null, 'my own note')
    renderBookmarks('/bookmarks/shared?ids=q32-youth,q31-unity,q32-youth', bookmarksModel)
    expect(await screen.findByText('1 of 2 already in your bookmarks.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save to my bookmarks' }))
    expect(
      await screen.findByText(/Added 1 statement to your bookmarks; 1 was already there/),
    ).toBeInTheDocument()
    const { bookmarks } = useBookmarksStore.getState()
    expect(Object.keys(bookmarks).sort()).toEqual(['q31-unity', 'q32-youth'])
    expect(bookmarks['q31-unity']?.note).toBe('my own note')
    expect(bookmarks['q32-youth']?.snapshot?.text).toBe(
      bookmarksModel.quoteById.get('q32-youth')?.text,
    )
    // Saving again changes nothing.
    await user.click(screen.getByRole('button', { name: 'Save to my bookmarks' }))
    expect(
      await screen.findByText('All 2 statements were already in your bookmarks; nothing changed.'),
    ).toBeInTheDocument()
  })

  it('a link without any known statement says so instead of showing an empty page', async () => {
    renderBookmarks('/bookmarks/shared?ids=', bookmarksModel)
    expect(
      await screen.findByText('This link holds no statements that are in the corpus.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save to my bookmarks' })).toBeNull()
  })
})

describe('saved views', () => {
  it('SaveViewButton names and saves a URL; /bookmarks lists it, deletes it with undo', async () => {
    const user = userEvent.setup()
    const { unmount } = render(
      <SaveViewButton url="/quotes?topic=language&session=32" suggestedName="Language, 2023" />,
    )
    await user.click(screen.getByRole('button', { name: 'Save this view' }))
    const name = screen.getByRole('textbox', { name: 'Name for this view' })
    expect(name).toHaveFocus()
    expect(name).toHaveValue('Language, 2023')
    await user.keyboard('{Enter}')
    expect(screen.getByRole('status')).toHaveTextContent('Saved as “Language, 2023”')
    unmount()

    renderBookmarks('/bookmarks', bookmarksModel)
    const section = await screen.findByRole('region', { name: 'Saved views' })
    expect(within(section).getByRole('link', { name: 'Language, 2023' })).toHaveAttribute(
      'href',
      '/quotes?topic=language&session=32',
    )
    await user.click(
      within(section).getByRole('button', { name: 'Delete saved view “Language, 2023”' }),
    )
    expect(within(section).queryByRole('link')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(within(section).getByRole('link', { name: 'Language, 2023' })).toBeInTheDocument()
  })
})
