import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

describe('/sources/$sourceId', () => {
  it('shows the document’s metadata and provenance, publisher and URL only when known', async () => {
    renderRoute('/sources/factsheet-2022')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Factsheet on President Tokayev’s participation in the XXXI session',
      }),
    ).toBeInTheDocument()
    const about = screen.getByRole('complementary', { name: 'About this document' })
    expect(about).toHaveTextContent('KindFactsheet')
    expect(about).toHaveTextContent('Date29 April 2022')
    expect(about).toHaveTextContent('LanguageEnglish')
    expect(about).toHaveTextContent('File002_fixture.txt')
    expect(about).toHaveTextContent(`SHA-256 of the file${'a'.repeat(64)}`)
    expect(about).toHaveTextContent('Statements extracted4 (1 direct, 3 reported)')
    expect(about).not.toHaveTextContent('Publisher')
    expect(about).not.toHaveTextContent('Original')
  })

  it('names the publisher and links the original where the corpus knows them', async () => {
    renderRoute('/sources/article-2022')
    const about = await screen.findByRole('complementary', { name: 'About this document' })
    expect(about).toHaveTextContent('PublisherExample Daily')
    expect(
      within(about).getByRole('link', { name: 'https://example.org/tokayev-referendum' }),
    ).toHaveAttribute('href', 'https://example.org/tokayev-referendum')
  })

  it('shows the full text with headings and every statement linked to its page', async () => {
    renderRoute('/sources/factsheet-2022')
    const text = await screen.findByRole('region', { name: 'Full text' })
    expect(
      within(text)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['On the state language', 'On Kazakhstan’s unity'])
    const links = within(text).getAllByRole('link', { name: /^Statement \d/ })
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/quotes/q31-state-language',
      '/quotes/q31-language-status',
      '/quotes/q31-highest-value',
      '/quotes/q31-provocations',
    ])
    expect(links[2]).toHaveAccessibleName('Statement 3 (direct quote): open its page')
    expect(within(text).getAllByRole('listitem')).toHaveLength(4)
  })

  it('highlights, focuses and announces the statement named by #q-', async () => {
    renderRoute('/sources/factsheet-2022#q-q31-highest-value')
    const status = await screen.findByText(/Highlighted: statement 3 of 4/)
    expect(status).toHaveTextContent('our statehood, our country, our homeland')
    const marks = document.querySelectorAll('[data-quote-ids] ')
    const highlighted = [...marks].filter((m) => m.tagName === 'MARK')
    expect(highlighted.map((m) => m.textContent)).toEqual([
      'our statehood, our country, our homeland must be the highest value',
    ])
    await waitFor(() => expect(document.activeElement?.id).toBe('q-q31-highest-value'))
  })

  it('says so when #q- names a statement that is not in this source', async () => {
    renderRoute('/sources/factsheet-2022#q-q32-together')
    expect(
      await screen.findByText(/points at statement “q32-together”, which is not in this source/),
    ).toBeInTheDocument()
    expect(document.querySelectorAll('mark[data-quote-ids]')).toHaveLength(0)
  })

  it('shows a not-found page for an unknown source', async () => {
    renderRoute('/sources/nope')
    expect(await screen.findByText('Source “nope” is not in the corpus.')).toBeInTheDocument()
  })

  it('shows the passages the corpus left out, each with the reason in words (not colour alone)', async () => {
    renderRoute('/sources/press-release-2023')
    const about = await screen.findByRole('complementary', { name: 'About this document' })
    expect(about).toHaveTextContent('Passages left out2 passages')
    const text = screen.getByRole('region', { name: 'Full text' })
    expect(within(text).getByText('not a statement: dateline')).toBeVisible()
    expect(within(text).getByText('not a statement: describes the event')).toBeVisible()
    const event = text.querySelector('[data-left-out="event"]')
    expect(event).toHaveTextContent(
      'President Tokayev took part in the 32nd session of the Assembly.',
    )
    // A statement is never marked as left out.
    expect(text.querySelectorAll('[data-left-out]')).toHaveLength(2)
  })
})
