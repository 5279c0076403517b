import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderExplorer } from './render-explorer'

vi.mock('zustand')

describe('/quotes when the corpus cannot be loaded', () => {
  it('says so, keeps the page, and offers to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    renderExplorer('/quotes?q=unity', 'fail')
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 })
    expect(screen.getByRole('heading', { level: 1, name: 'Search the statements' })).toBeVisible()
    expect(alert).toHaveTextContent('The statements could not be loaded')
    expect(alert).toHaveTextContent('HTTP 503')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible()
  })
})

describe('/quotes when the search index file is damaged', () => {
  it('still answers, from indexes the page builds itself, and says why in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderExplorer('/quotes?q=unity', undefined, { indexFile: 'damaged' })
    // The page builds the indexes itself first (the point of the test): on a loaded 2-core
    // machine that takes longer than findBy's default second.
    const results = await screen.findByRole(
      'list',
      { name: 'Matching statements' },
      { timeout: 10_000 },
    )
    expect(within(results).getAllByRole('listitem').length).toBeGreaterThan(0)
    expect(document.querySelector('[data-search-mode]')).toHaveAttribute('data-search-mode', 'page')
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/index file could not be used/))
  })
})
