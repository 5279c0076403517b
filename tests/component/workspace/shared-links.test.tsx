/**
 * Links to someone's own documents (saved in their browser, never published) opened in a
 * browser that does not have them: a clear message, never a broken page or a bare not-found.
 */
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderExplorer } from '../explorer/render-explorer'
import { renderRoute } from '../reading/render-route'

describe('a shared link to a document added in another browser', () => {
  it('a statement marked as theirs: says it is in a document added in another browser', async () => {
    renderRoute('/quotes/abcdefghij?origin=workspace')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'In a document added in another browser',
      }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/^This statement is in a document added in another browser\./),
    ).toBeInTheDocument()
    expect(screen.getByText(/Ask whoever sent the link/)).toBeInTheDocument()
    expect(screen.queryByText(/is not in the corpus/)).not.toBeInTheDocument()
  })

  it('a source marked as theirs: the same, in the words of a source', async () => {
    renderRoute('/sources/article-2024-xxxiii-mine?origin=workspace')
    expect(
      await screen.findByText(/^This source is a document added in another browser\./),
    ).toBeInTheDocument()
  })

  it('an unknown statement without the mark: not found, and says it may be in someone’s own document', async () => {
    renderRoute('/quotes/abcdefghij')
    expect(
      await screen.findByText('Statement “abcdefghij” is not in the corpus.'),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/may be in a document they added in their own browser/),
    ).toBeInTheDocument()
  })

  it('an explorer view of their documents: says why it shows none of them', async () => {
    renderExplorer('/quotes?origin=workspace&q=unity')
    const note = await screen.findByText(
      /This view shows statements from documents added in a browser/,
      undefined,
      { timeout: 5000 },
    )
    expect(note.closest('[role="status"]')).toHaveTextContent(
      'In a document added in another browser',
    )
    // The filter is kept (not dropped as unknown), so the view is the one that was shared.
    expect(
      await screen.findByText(/No statement matches/, undefined, { timeout: 5000 }),
    ).toBeInTheDocument()
  })
})
