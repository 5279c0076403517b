import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

describe('/quotes/$quoteId', () => {
  it('shows the statement verbatim with its kind, speaker, session and source', async () => {
    renderRoute('/quotes/q31-highest-value')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Statement by Kassym-Jomart Tokayev' }),
    ).toBeInTheDocument()
    expect(document.title).toMatch(/^“our statehood, our country, our homeland must be the/)
    const quote = document.querySelector('blockquote')!
    expect(quote).toHaveTextContent(
      '“our statehood, our country, our homeland must be the highest value”',
    )
    const about = screen.getByRole('complementary', { name: 'About this statement' })
    expect(about).toHaveTextContent('President of Kazakhstan')
    expect(about).toHaveTextContent('KindDirect quote')
    expect(within(about).getByRole('link', { name: 'XXXI session' })).toHaveAttribute(
      'href',
      '/sessions/31',
    )
    expect(
      within(about).getByRole('link', {
        name: 'Factsheet on President Tokayev’s participation in the XXXI session',
      }),
    ).toHaveAttribute('href', '/sources/factsheet-2022#q-q31-highest-value')
    expect(within(about).getByRole('link', { name: 'Unity and harmony' })).toHaveAttribute(
      'href',
      '/topics/unity-and-harmony',
    )
  })

  it('highlights the statement inside its paragraph and links to that place in the source', async () => {
    renderRoute('/quotes/q31-highest-value')
    const context = await screen.findByRole('region', { name: 'In its source' })
    const mark = context.querySelector('mark')!
    expect(mark).toHaveTextContent(
      /^our statehood, our country, our homeland must be the highest value$/,
    )
    expect(mark.parentElement).toHaveTextContent(
      'He stressed that “our statehood, our country, our homeland must be the highest value”.',
    )
    expect(context).toHaveTextContent('under “On Kazakhstan’s unity”')
    expect(
      within(context).getByRole('link', { name: 'Read the full source at this place' }),
    ).toHaveAttribute('href', '/sources/factsheet-2022#q-q31-highest-value')
  })

  it('compares each corroborating statement word by word, marking what differs', async () => {
    renderRoute('/quotes/q32-not-infringed')
    const section = await screen.findByRole('region', {
      name: 'Other sources reporting this (1)',
    })
    const other = within(section).getByRole('article')
    expect(
      within(other).getByRole('link', { name: 'President Tokayev took part in the 32nd session' }),
    ).toHaveAttribute('href', '/sources/press-release-2023#q-q32-press-language')
    const removed = [...other.querySelectorAll('del')].map((d) => d.textContent)
    const added = [...other.querySelectorAll('ins')].map((d) => d.textContent)
    expect(removed).toContain('[only in this statement: not]')
    expect(added).toContain('[only in the other source: never]')
    expect(section).toHaveTextContent(/struck through\s*= only in this statement/)
    expect(section).toHaveTextContent(/underlined\s*= only in the other source/)
  })

  it('says when no other source reports a statement', async () => {
    renderRoute('/quotes/q32-together')
    expect(
      await screen.findByText(/No other document in the corpus reports this statement/),
    ).toBeInTheDocument()
  })

  it('shows the echoes from the other session', async () => {
    renderRoute('/quotes/q32-not-infringed')
    const echoes = await screen.findByRole('region', { name: 'Echoes from other sessions (1)' })
    expect(within(echoes).getByRole('article')).toHaveAttribute(
      'data-quote-id',
      'q31-language-status',
    )
    expect(within(echoes).getByRole('article')).toHaveTextContent('XXXI session · 2022')
  })

  it('copies the link and the citation', async () => {
    const user = userEvent.setup()
    renderRoute('/quotes/q32-together')
    await user.click(await screen.findByRole('button', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/quotes/q32-together')
    expect(screen.getByText('Link copied.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Copy citation' }))
    const citation = await navigator.clipboard.readText()
    expect(citation).toMatch(/^Kassym-Jomart Tokayev, President of Kazakhstan: “We make pivotal/)
    expect(citation).toContain(
      'XXXII session of the Assembly of People of Kazakhstan, 27 April 2023.',
    )
    expect(citation).toContain('President Tokayev took part in the 32nd session” (Press release')
    expect(citation).toMatch(/http:\/\/localhost:3000\/quotes\/q32-together$/)
  })

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup()
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    })
    renderRoute('/quotes/q32-together')
    await user.click(await screen.findByRole('button', { name: 'Copy link' }))
    const box = await screen.findByRole('textbox', { name: /did not allow copying/ })
    expect(box).toHaveValue('http://localhost:3000/quotes/q32-together')
  })

  it('shows a not-found page for an unknown statement', async () => {
    renderRoute('/quotes/no-such-quote')
    expect(
      await screen.findByText('Statement “no-such-quote” is not in the corpus.'),
    ).toBeInTheDocument()
  })
})
