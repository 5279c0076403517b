import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderExplorer } from './render-explorer'

vi.mock('zustand')

// A file of its own: the loaded search index file is kept for the whole visit (module state),
// and these tests load it while the corpus itself fails.
describe('/quotes when the corpus file is damaged', () => {
  it('says which statement is wrong instead of showing text that is not in its source', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderExplorer('/quotes', undefined, {
      corpusFile: (file) => ({
        ...file,
        statements: {
          ...file.statements,
          end: file.statements.end.map((e, d) => (d === 4 ? 1e6 : e)),
        },
      }),
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The statements could not be loaded')
    expect(alert).toHaveTextContent(/statements\[4\] spans .* outside its source/)
  })

  it('names the column whose entries are not what the app reads', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderExplorer('/quotes', undefined, {
      corpusFile: (file) => ({ ...file, statements: { ...file.statements, start: ['0'] } }),
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('statements.start: must list whole numbers ≥ 0')
  })
})
