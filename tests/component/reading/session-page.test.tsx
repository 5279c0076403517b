import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

const cardsShown = () => screen.queryAllByRole('article').filter((a) => a.dataset.quoteId)

describe('/sessions', () => {
  it('lists every session with its date, theme and documents', async () => {
    renderRoute('/sessions')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument()
    expect(document.title).toBe('Sessions · Assembly Explorer')
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual(['XXXI session', 'XXXII session'])
    expect(screen.getByRole('link', { name: 'XXXII session' })).toHaveAttribute(
      'href',
      '/sessions/32',
    )
  })
})

describe('/sessions/$number', () => {
  it('shows the session’s theme, date, place and source documents', async () => {
    renderRoute('/sessions/32')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'XXXII session' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('XXXII session (27 April 2023) · Assembly Explorer')
    expect(screen.getByText('“Fair Kazakhstan: unity, stability, development”')).toBeInTheDocument()
    expect(screen.getByText('27 April 2023')).toBeInTheDocument()
    expect(screen.getByText('Astana')).toBeInTheDocument()
    const sources = screen.getByRole('region', { name: 'Source documents' })
    expect(
      within(sources)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/sources/factsheet-2023', '/sources/press-release-2023'])
  })

  it('groups the statements by topic, each listed once', async () => {
    renderRoute('/sessions/31')
    await screen.findByRole('heading', { level: 1 })
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining([
        'Unity and harmony (1)',
        'Language policy (3)',
        'Countering extremism (2)',
      ]),
    )
    expect(cardsShown()).toHaveLength(6)
    const language = screen.getByRole('region', { name: 'Language policy (3)' })
    expect(
      within(language)
        .getAllByRole('article')
        .map((a) => a.dataset.quoteId),
    ).toEqual(['q31-state-language', 'q31-language-status', 'q31-article-language'])
  })

  it('filters from the URL and puts each filter change in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/sessions/31?kind=direct')
    await screen.findByRole('heading', { level: 1 })
    expect(cardsShown().map((a) => a.dataset.quoteId)).toEqual([
      'q31-highest-value',
      'q31-provocateurs',
    ])
    expect(screen.getByText('Showing 2 of 6 statements')).toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: /Tokayev proposes a referendum/ }))
    expect(router.state.location.searchStr).toBe('?kind=direct&source=article-2022')
    expect(cardsShown().map((a) => a.dataset.quoteId)).toEqual(['q31-provocateurs'])

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(router.state.location.searchStr).toBe('')
    expect(cardsShown()).toHaveLength(6)
  })

  it('says which parts of the URL it ignored, and applies the rest', async () => {
    renderRoute('/sessions/32?topic=nonsense,language-policy&session=31&kind=<script>')
    await screen.findByRole('heading', { level: 1 })
    const notice = screen.getByText('Some parts of this link were ignored:').parentElement!
    expect(notice).toHaveTextContent('no topic “nonsense” in the corpus')
    expect(notice).toHaveTextContent('no kind “<script>” in the corpus')
    expect(notice).toHaveTextContent(
      'this page shows the XXXII session only, so session “31” was not applied',
    )
    expect(cardsShown().map((a) => a.dataset.quoteId)).toEqual([
      'q32-language-knowledge',
      'q32-not-infringed',
      'q32-press-language',
    ])
  })

  it('opens the same statements in the explorer, filters carried over', async () => {
    renderRoute('/sessions/32?kind=reported&q=language')
    const link = await screen.findByRole('link', { name: /open these in the explorer/i })
    expect(link).toHaveAttribute('href', '/quotes?q=language&session=32&kind=reported')
    expect(screen.getByText(/text search \(“language”\) is not applied here/)).toBeInTheDocument()
  })

  it('shows a not-found page for a session that does not exist', async () => {
    renderRoute('/sessions/99')
    expect(await screen.findByText('Session 99 is not in the corpus.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument()
  })
})
