import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { wordsCorpus } from '../../fixtures/words-corpus'
import { renderRoute } from '../reading/render-route'

/** Each row of the figures table as its cells' text. */
function tableRows(): string[][] {
  const table = screen.getByRole('table')
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''))
}

describe('/trends', () => {
  it('shows each term per session in a table: per 1,000 words and occurrences', async () => {
    renderRoute('/trends?terms=unity,единство,бірлік', wordsCorpus)
    expect(await screen.findByRole('heading', { level: 1, name: 'Term trends' })).toBeVisible()
    expect(document.title).toBe(
      '“unity”, “единство”, and “бірлік”: term trends · Assembly Explorer',
    )
    // XXXI: 65 words (36 English, 29 Russian); XXXII: 4 + 10 + 10 Kazakh words and 11 + 14 English ones.
    expect(tableRows()).toEqual([
      ['Session', 'Words in statements', '“unity”', '“единство”', '“бірлік”'],
      expect.arrayContaining(['per 1,000 words', 'occurrences']),
      ['XXXI session', '65', '30.77', '2', '46.15', '3', '0.00', '0'],
      ['XXXII session', '49', '20.41', '1', '0.00', '0', '61.22', '3'],
      ['All sessions', '114', '26.32', '3', '26.32', '3', '26.32', '3'],
    ])
    const count = screen.getByRole('link', { name: '2 (“unity”, XXXI session): see in context' })
    expect(count).toHaveAttribute('href', '/kwic?q=unity&session=31')
  })

  it('says how each term is matched, and draws a point per term and session', async () => {
    renderRoute('/trends?terms=unity,"kazakh language"', wordsCorpus)
    await screen.findByRole('table')
    expect(screen.getByText(/^Matched by stem: every form of “unity”/)).toBeVisible()
    expect(screen.getByText(/^Matched exactly: “kazakh language”/)).toBeVisible()
    const chart = screen.getByRole('group', { name: 'Occurrences per 1,000 words, by session' })
    const points = within(chart).getAllByRole('link')
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      '“unity”, XXXI session: 30.77 per 1,000 words, 2 occurrences',
      '“unity”, XXXII session: 20.41 per 1,000 words, 1 occurrence',
      '“kazakh language”, XXXI session: 15.38 per 1,000 words, 1 occurrence',
      '“kazakh language”, XXXII session: 0.00 per 1,000 words, 0 occurrences',
    ])
  })

  it('is one tab stop; the arrow keys move between sessions and terms', async () => {
    const user = userEvent.setup()
    renderRoute('/trends?terms=unity,language', wordsCorpus)
    await screen.findByRole('table')
    const chart = screen.getByRole('group', { name: /by session$/ })
    const points = within(chart).getAllByRole('link')
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1)
    points[0]!.focus()
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toHaveAccessibleName(/^“unity”, XXXII session/)
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toHaveAccessibleName(/^“language”, XXXII session/)
    await user.keyboard('{Home}')
    expect(document.activeElement).toHaveAccessibleName(/^“language”, XXXI session/)
    expect(document.activeElement).toHaveAttribute('tabindex', '0')
    expect(
      screen.getByText('“language”, XXXI session: 61.54 per 1,000 words, 4 occurrences', {
        selector: '[data-chart-readout]',
      }),
    ).toBeVisible()
  })

  it('switches the chart between rates and counts, and keeps it in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/trends?terms=unity', wordsCorpus)
    await screen.findByRole('table')
    await user.click(screen.getByRole('radio', { name: 'occurrences' }))
    expect(router.state.location.search).toMatchObject({ terms: ['unity'], measure: 'count' })
    expect(screen.getByRole('group', { name: 'Number of occurrences, by session' })).toBeVisible()
  })

  it('compares up to five terms typed in one field, and says which it left out', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/trends', wordsCorpus)
    const field = await screen.findByRole('searchbox', { name: /separated by commas/ })
    await user.type(field, 'unity, language, единство, бірлік, тілі, zebra{Enter}')
    expect(router.state.location.search).toMatchObject({
      terms: ['unity', 'language', 'единство', 'бірлік', 'тілі', 'zebra'],
    })
    expect(
      await screen.findByText(/only 5 terms are compared at once; “zebra” was left out/),
    ).toBeVisible()
    expect(tableRows()[0]).toHaveLength(7)
  })
})
