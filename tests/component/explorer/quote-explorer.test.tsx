import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { explorerCorpus } from '../../fixtures/explorer-corpus'
import { currentUrl, renderExplorer } from './render-explorer'

vi.mock('zustand')
// Rendering the real route tree with every result card in jsdom is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 })

const total = explorerCorpus.quotes.length
const results = () => screen.queryByRole('list', { name: 'Matching statements' })
const resultTexts = () =>
  within(results()!)
    .getAllByRole('listitem')
    .filter((li) => li.dataset.resultIndex !== undefined)
    .map((li) => li.querySelector('blockquote, p')?.textContent ?? '')
/** The visible count (a debounced copy is announced through a live region). */
const summary = () => screen.getByText(/statement/, { selector: 'p[data-result-count]' })

async function ready(url: string) {
  const view = renderExplorer(url)
  await screen.findByRole('list', { name: 'Matching statements' }).catch(() => null)
  await screen.findByRole('searchbox', { name: /search words/i })
  return view
}

describe('/quotes', () => {
  it('lists every statement, titled and headed, with nothing in the URL', async () => {
    const { router } = await ready('/quotes')
    expect(screen.getByRole('heading', { level: 1, name: 'Search the statements' })).toBeVisible()
    expect(document.title).toBe('Quote explorer · Assembly Explorer')
    await waitFor(() => expect(summary()).toHaveTextContent(`All ${total} statements`))
    expect(currentUrl(router)).toBe('/quotes')
  })

  it('searches as you type, highlights what matched, and keeps one history entry', async () => {
    const user = userEvent.setup({ delay: null })
    const { router, history } = await ready('/quotes')
    const entries = history.length
    await user.type(screen.getByRole('searchbox', { name: /search words/i }), 'languages')
    await waitFor(() => expect(summary()).toHaveTextContent(/match “languages”/))
    const texts = resultTexts()
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) expect(text.toLowerCase()).toMatch(/language/)
    const marks = within(results()!)
      .getAllByText((_, el) => el?.tagName === 'MARK')
      .map((m) => m.textContent?.toLowerCase())
    expect(marks).toContain('language')
    // The address follows once typing pauses, replacing the entry rather than adding one.
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?q=languages'))
    expect(history.length).toBe(entries)
    expect(document.title).toBe('“languages” · Quote explorer · Assembly Explorer')
    // Screen readers hear the settled count, once.
    await waitFor(() =>
      expect(
        screen.getByText(/match “languages”/, { selector: '[aria-live]' }),
      ).toBeInTheDocument(),
    )
  })

  it('shows direct quotes in quotation marks with kind, speaker, session and source', async () => {
    await ready('/quotes?q=radicalism')
    await waitFor(() => expect(resultTexts()).toHaveLength(1))
    const row = within(results()!).getAllByRole('listitem')[0]!
    expect(row).toHaveTextContent('“We, as responsible citizens, must resist')
    expect(row).toHaveTextContent('Direct quote')
    expect(row).toHaveTextContent('Kassym-Jomart Tokayev')
    expect(row).toHaveTextContent('XXXII session · 2023')
    expect(
      within(row).getByRole('link', { name: /President Tokayev at the 32nd session/ }),
    ).toHaveAttribute('href', '/sources/press-release-2023#q-resist-radicalism')
    expect(within(row).getByRole('link', { name: /open statement/i })).toHaveAttribute(
      'href',
      '/quotes/resist-radicalism',
    )
  })

  it('filters by facet through the URL; counts ignore the facet’s own selection; back undoes', async () => {
    const user = userEvent.setup({ delay: null })
    const { router } = await ready('/quotes?q=language')
    await waitFor(() => expect(summary()).toHaveTextContent(/match “language”/))
    const before = resultTexts().length
    const session31 = screen.getByRole('checkbox', { name: /^XXXI · 2022/ })
    await user.click(session31)
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?q=language&session=31'))
    await waitFor(() => expect(resultTexts().length).toBeLessThan(before))
    expect(screen.getByRole('checkbox', { name: /^XXXI · 2022/ })).toBeChecked()
    // The other session still shows what ticking it would add.
    const session32 = screen.getByRole('checkbox', { name: /^XXXII · 2023/ })
    const label32 = session32.closest('label')!.textContent!
    const added = Number(/, (\d+) statements?$/.exec(label32)![1])
    expect(resultTexts().length + added).toBe(before)
    act(() => router.history.back())
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?q=language'))
    await waitFor(() => expect(resultTexts()).toHaveLength(before))
    expect(screen.getByRole('checkbox', { name: /^XXXI · 2022/ })).not.toBeChecked()
  })

  it('keeps a filter ticked in the moment after a keystroke (the keystroke’s answer does not undo it)', async () => {
    const { router } = await ready('/quotes?q=language')
    await waitFor(() => expect(summary()).toHaveTextContent(/match “language”/))
    // A keystroke is searched once the frame that echoes it is painted; hold that frame.
    const heldFrames: FrameRequestCallback[] = []
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      heldFrames.push(callback)
      return heldFrames.length
    })
    try {
      act(() => {
        fireEvent.change(screen.getByRole('searchbox', { name: /search words/i }), {
          target: { value: 'languages' },
        })
        fireEvent.click(screen.getByRole('checkbox', { name: /^XXXI · 2022/ }))
      })
      await waitFor(() => expect(currentUrl(router)).toBe('/quotes?q=languages&session=31'))
      await waitFor(() =>
        expect(summary()).toHaveTextContent(/match “languages”, filtered by session$/),
      )
    } finally {
      raf.mockRestore()
    }
    const filtered = summary().textContent
    const shown = resultTexts().length
    expect(heldFrames.length).toBeGreaterThan(0)
    act(() => heldFrames.splice(0).forEach((callback) => callback(performance.now())))
    // Long enough for the held keystroke's answer, if it were still wanted, to be shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(summary().textContent).toBe(filtered)
    expect(resultTexts()).toHaveLength(shown)
    expect(screen.getByRole('checkbox', { name: /^XXXI · 2022/ })).toBeChecked()
  })

  it('changes the sort through the URL, and the default leaves the URL clean', async () => {
    const user = userEvent.setup({ delay: null })
    const { router } = await ready('/quotes')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Oldest first')
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?sort=date-asc'))
    await waitFor(() =>
      expect(resultTexts()[0]).toMatch(/highest value|referendum|state language|Ulttyk/),
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'relevance')
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes'))
  })

  it('says what it ignored in a malformed URL and runs nothing from it', async () => {
    const q = '<script>window.__pwned=1</script>'
    await ready(
      `/quotes?topic=nonsense,language-policy&session=99&sort=sideways&kind=direct,bogus&foo=bar&q=${encodeURIComponent(q)}`,
    )
    const notice = await screen.findByText('Some parts of this link were ignored:')
    const list = notice.parentElement!
    expect(list).toHaveTextContent('no topic “nonsense” in the corpus')
    expect(list).toHaveTextContent('no session “99” in the corpus')
    expect(list).toHaveTextContent('no kind “bogus” in the corpus')
    expect(list).toHaveTextContent('“sort” has an invalid value')
    expect(list).toHaveTextContent('“foo” is not a setting of this page')
    expect(screen.getByRole('searchbox', { name: /search words/i })).toHaveValue(q)
    expect(document.querySelector('script')).toBeNull()
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
    // The valid parts still apply.
    expect(screen.getByRole('checkbox', { name: /^Language policy/ })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: /^Direct quote/ })).toBeChecked()
    expect(await screen.findByText(/No statement matches “<script>/)).toBeInTheDocument()
  })

  it('a repeated parameter: uses the first value and says the other was ignored', async () => {
    await ready('/quotes?session=31&session=32')
    const notice = await screen.findByText('Some parts of this link were ignored:')
    expect(notice.parentElement).toHaveTextContent(
      '“session” was given 2 times; only the first (“31”) was used, and “32” was ignored',
    )
    expect(screen.getByRole('checkbox', { name: /^XXXI · 2022/ })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: /^XXXII · 2023/ })).not.toBeChecked()
  })

  it('survives 10 KB of junk in the URL', async () => {
    const junk = 'x%ZZ&%%'.repeat(1500)
    renderExplorer(`/quotes?q=${junk}&session=${junk}`)
    expect(await screen.findByText('Some parts of this link were ignored:')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Search the statements')
  })

  it('offers to remove filters when nothing matches', async () => {
    const user = userEvent.setup({ delay: null })
    const { router } = await ready('/quotes?q=referendum&session=32')
    expect(
      await screen.findByText(/No statement matches “referendum” with these filters/),
    ).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Remove the session filter' }))
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?q=referendum'))
    await waitFor(() => expect(resultTexts()).toHaveLength(1))
  })

  it('links back to the topic and session pages with the other filters carried over', async () => {
    await ready('/quotes?q=language&topic=language-policy&session=31&kind=reported')
    expect(
      await screen.findByRole('link', { name: 'Language policy, session by session' }),
    ).toHaveAttribute('href', '/topics/language-policy?session=31&kind=reported')
    expect(screen.getByRole('link', { name: 'the XXXI session page' })).toHaveAttribute(
      'href',
      '/sessions/31?topic=language-policy&kind=reported',
    )
  })

  it('clears everything with one button', async () => {
    const user = userEvent.setup({ delay: null })
    const { router } = await ready('/quotes?q=unity&topic=unity-and-harmony&sort=date-asc')
    await user.click(await screen.findByRole('button', { name: 'Clear all filters' }))
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?sort=date-asc'))
    expect(screen.getByRole('searchbox', { name: /search words/i })).toHaveValue('')
  })

  it('works from the keyboard: / focuses, Escape clears, arrows move, Enter opens', async () => {
    const user = userEvent.setup({ delay: null })
    const { router } = await ready('/quotes?q=unity')
    await waitFor(() => expect(resultTexts().length).toBeGreaterThan(1))
    const box = screen.getByRole('searchbox', { name: /search words/i })
    box.blur()
    await user.keyboard('/')
    expect(box).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    const rows = () =>
      within(results()!)
        .getAllByRole('listitem')
        .filter((li) => li.dataset.resultIndex)
    await waitFor(() => expect(rows()[0]).toHaveFocus())
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(rows()[1]).toHaveFocus())
    await user.keyboard('{ArrowUp}')
    await waitFor(() => expect(rows()[0]).toHaveFocus())
    await user.keyboard('{Escape}')
    expect(box).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(box).toHaveValue('')
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes'))
    await user.type(box, 'radicalism')
    await waitFor(() => expect(resultTexts()).toHaveLength(1))
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(rows()[0]).toHaveFocus())
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/quotes/resist-radicalism'))
  })

  it('restores the exact view on back and forward', async () => {
    const user = userEvent.setup({ delay: null })
    const { router } = await ready('/quotes')
    await user.type(screen.getByRole('searchbox', { name: /search words/i }), 'unity')
    await user.click(screen.getByRole('checkbox', { name: /^XXXII · 2023/ }))
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?q=unity&session=32'))
    const filtered = resultTexts()
    act(() => router.history.back())
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?q=unity'))
    act(() => router.history.forward())
    await waitFor(() => expect(currentUrl(router)).toBe('/quotes?q=unity&session=32'))
    await waitFor(() => expect(resultTexts()).toEqual(filtered))
    expect(screen.getByRole('searchbox', { name: /search words/i })).toHaveValue('unity')
  })
})
