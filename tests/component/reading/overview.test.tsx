import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

describe('/ (overview)', () => {
  it('says what the corpus holds, session by session', async () => {
    renderRoute('/')
    await screen.findByRole('heading', { level: 1 })
    expect(document.title).toBe('Overview · Assembly Explorer')
    const sessions = screen.getByRole('region', { name: 'The sessions' })
    const cards = within(sessions).getAllByRole('article')
    expect(cards).toHaveLength(2)
    expect(within(cards[0]!).getByRole('heading', { name: 'XXXI session' })).toBeInTheDocument()
    expect(cards[0]).toHaveTextContent('29 April 2022')
    expect(cards[0]).toHaveTextContent(
      '“The unity of the people is the basis of a renewed Kazakhstan”',
    )
    expect(cards[0]).toHaveTextContent('6 statements (2 direct quotes) from 2 source documents')
    expect(cards[1]).toHaveTextContent('27 April 2023 · Astana')
    expect(
      within(cards[1]!).getByRole('link', {
        name: 'President Tokayev took part in the 32nd session',
      }),
    ).toHaveAttribute('href', '/sources/press-release-2023')
  })

  it('maps topics against sessions, each count opening the filtered explorer', async () => {
    renderRoute('/')
    const table = await screen.findByRole('table', { name: /statements per topic and session/i })
    const row = within(table).getByRole('row', { name: /language policy/i })
    const cell = within(row).getByRole('link', {
      name: '3 statements on Language policy in the XXXI session (2022)',
    })
    expect(cell).toHaveAttribute('href', '/quotes?topic=language-policy&session=31')
    expect(within(row).getByRole('link', { name: 'Language policy' })).toHaveAttribute(
      'href',
      '/topics/language-policy',
    )
    const empty = within(table).getByRole('row', { name: /awards and honours/i })
    expect(within(empty).queryAllByRole('link', { name: /statements? on/ })).toHaveLength(0)
    expect(empty).toHaveTextContent(
      'No statements on Awards and honours in the XXXI session (2022)',
    )
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Topic', 'XXXI2022', 'XXXII2023'])
  })

  it('searches: the search box opens the explorer with the words as q', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/')
    const box = await screen.findByRole('searchbox', { name: 'Search every statement' })
    await user.type(box, 'Kazakh language{Enter}')
    expect(router.state.location.pathname).toBe('/quotes')
    expect(router.state.location.searchStr).toBe('?q=Kazakh+language')
  })

  it('explains direct quotes, reported statements, corroborations and echoes', async () => {
    renderRoute('/')
    const guide = await screen.findByRole('region', { name: 'How to read a statement' })
    expect(guide).toHaveTextContent('Direct quote')
    expect(guide).toHaveTextContent('Reported')
    expect(guide).toHaveTextContent('Corroborated by')
    expect(guide).toHaveTextContent('Echoes')
  })
})
