import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { wordsCorpus } from '../../fixtures/words-corpus'
import { renderRoute } from '../reading/render-route'

/** The table's lines as the reader sees them: left context, [match], right context. */
function linesShown(): string[] {
  const table = screen.getByRole('table')
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const [left, match, right] = within(row).getAllByRole('cell')
      const link = within(match!).getByRole('link')
      const word = link.textContent
      return `${left!.textContent}[${word}]${right!.textContent}`
    })
}

const sortHeader = (name: string) =>
  screen.getByRole('columnheader', { name: new RegExp(`^${name}`) })

describe('/kwic', () => {
  it('shows one line per occurrence, the match in its own column, each linking to its statement', async () => {
    renderRoute('/kwic?q=language', wordsCorpus)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Keyword in context' }),
    ).toBeVisible()
    expect(document.title).toBe('“language” in context · Assembly Explorer')
    expect(screen.getByText('5 occurrences in 3 statements')).toBeVisible()
    expect(screen.getByText(/^Matched by stem: every form of “language” counts/)).toBeVisible()
    expect(screen.getByText(/Forms found:/)).toHaveTextContent('language (3) and languages (2)')
    expect(linesShown()).toHaveLength(5)
    expect(linesShown()[0]).toBe(
      'Every [language] of the country deserves care, and the Kazakh language most of all.',
    )
    const links = within(screen.getByRole('table')).getAllByRole('link')
    expect(links[0]).toHaveAttribute('href', '/quotes/notes-31-en-2')
    expect(links[0]).toHaveAccessibleName(
      'language (the statement in Notes on the XXXI session, XXXI session)',
    )
  })

  it('sorts by the words to the left or right from the column headers, and puts it in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/kwic?q=language', wordsCorpus)
    await screen.findByRole('table')
    expect(sortHeader('Statement')).toHaveAttribute('aria-sort', 'ascending')

    await user.click(within(sortHeader('Left context')).getByRole('button'))
    expect(router.state.location.search).toMatchObject({ q: 'language', sort: 'left' })
    expect(sortHeader('Left context')).toHaveAttribute('aria-sort', 'ascending')
    expect(sortHeader('Statement')).toHaveAttribute('aria-sort', 'none')
    // Nearest word to the left: (none), a, every, kazakh, other(’s).
    expect(linesShown().map((l) => l.split('[')[0]!.trim().split(' ').pop())).toEqual([
      '',
      'a',
      'Every',
      'Kazakh',
      'other’s',
    ])

    await user.click(within(sortHeader('Right context')).getByRole('button'))
    expect(router.state.location.search).toMatchObject({ sort: 'right' })
    expect(linesShown().map((l) => l.split(']')[1]!.trim().split(' ')[0])).toEqual([
      '.',
      ',',
      'divide',
      'most',
      'of',
    ])
  })

  it('matches a quoted phrase exactly, and says so', async () => {
    renderRoute('/kwic?q=%22kazakh+language%22', wordsCorpus)
    await screen.findByRole('table')
    expect(screen.getByText(/^Matched exactly: “kazakh language” letter for letter/)).toBeVisible()
    expect(linesShown()).toEqual([
      'Every language of the country deserves care, and the [Kazakh language] most of all.',
    ])
  })

  it('finds Russian and Kazakh forms by stem, and keeps to a session chosen in the form', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/kwic?q=единства', wordsCorpus)
    await screen.findByRole('table')
    expect(linesShown().map((l) => /\[(.*)\]/.exec(l)![1])).toEqual([
      'Единство',
      'единства',
      'единство',
    ])
    await user.clear(screen.getByRole('searchbox', { name: 'Word or phrase' }))
    await user.type(screen.getByRole('searchbox', { name: 'Word or phrase' }), 'бірлік{Enter}')
    expect(await screen.findByText('3 occurrences in 2 statements')).toBeVisible()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Session' }), '31')
    expect(router.state.location.search).toMatchObject({ q: 'бірлік', session: ['31'] })
    expect(await screen.findByText('“бірлік” does not occur in the statements.')).toBeVisible()
  })

  it('reports what it could not use in the URL, and still works', async () => {
    renderRoute('/kwic?q=unity&sort=sideways&session=99', wordsCorpus)
    const notice = await screen.findByText('Some parts of this link were ignored:')
    expect(notice.parentElement).toHaveTextContent('“sort” has an invalid value (“sideways”)')
    expect(notice.parentElement).toHaveTextContent('no session “99” in the corpus')
    expect(linesShown()).toHaveLength(3)
  })
})

describe('the explorer’s way in', () => {
  it('links a search to its lines in context and its trend', async () => {
    renderRoute('/quotes?q=unity', wordsCorpus)
    const inContext = await screen.findByRole(
      'link',
      { name: '“unity” in context' },
      { timeout: 5000 },
    )
    expect(inContext).toHaveAttribute('href', '/kwic?q=unity')
    expect(
      screen.getByRole('link', { name: 'how often “unity” occurs at each session' }),
    ).toHaveAttribute('href', '/trends?terms=unity')
  })
})
