import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { BookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { useBookmarksStore } from '@/features/bookmarks/store/use-bookmarks-store'
import { bookmarksModel } from '../../fixtures/bookmarks-corpus'

vi.mock('zustand')
vi.mock('@/features/corpus/use-corpus', () => ({ useCorpus: () => bookmarksModel }))

describe('BookmarkToggle', () => {
  it('is a pressed/unpressed button whose label follows the state', async () => {
    const user = userEvent.setup()
    render(<BookmarkToggle quoteId="q32-youth" />)
    const button = screen.getByRole('button', { name: 'Bookmark' })
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await user.click(button)
    expect(screen.getByRole('button', { name: 'Bookmarked' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    const saved = useBookmarksStore.getState().bookmarks['q32-youth']
    expect(saved?.snapshot?.text).toBe(bookmarksModel.quoteById.get('q32-youth')?.text)
    expect(saved?.snapshot?.speakerName).toBe('Kassym-Jomart Tokayev')
    expect(saved?.snapshot?.sessionLabel).toBe('XXXII session')
  })

  it('adds a note with the quick editor, keyboard only', async () => {
    const user = userEvent.setup()
    render(<BookmarkToggle quoteId="q31-unity" />)
    await user.tab()
    await user.keyboard('{Enter}')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Add note' })).toHaveFocus()
    await user.keyboard('{Enter}')
    const field = screen.getByRole('textbox', { name: 'Note on this bookmark' })
    expect(field).toHaveFocus()
    await user.keyboard('For the unity chapter')
    await user.click(screen.getByRole('button', { name: 'Save note' }))
    expect(screen.getByRole('status')).toHaveTextContent('Note saved.')
    expect(screen.getByRole('button', { name: 'Edit note' })).toBeInTheDocument()
    expect(useBookmarksStore.getState().bookmarks['q31-unity']?.note).toBe('For the unity chapter')
  })

  it('removing offers an undo that brings back the note', async () => {
    const user = userEvent.setup()
    useBookmarksStore.getState().addBookmark('q31-unity', null, 'keep me')
    render(<BookmarkToggle quoteId="q31-unity" />)
    await user.click(screen.getByRole('button', { name: 'Bookmarked' }))
    expect(screen.getByRole('status')).toHaveTextContent('Bookmark removed.')
    expect(useBookmarksStore.getState().bookmarks['q31-unity']).toBeUndefined()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('button', { name: 'Bookmarked' })).toBeInTheDocument()
    expect(useBookmarksStore.getState().bookmarks['q31-unity']?.note).toBe('keep me')
  })

  it('starts from a clean store in every test (zustand testing guide reset)', () => {
    expect(useBookmarksStore.getState().bookmarks).toEqual({})
  })
})
