import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

describe('/sessions/$number', () => {
  it('shows the session’s theme, date, place and source documents', async () => {
    renderRoute('/sessions/32')
    expect(await screen.findByRole('heading', { level: 1, name: 'XXXII session' })).toBeInTheDocument()
    expect(screen.getByText('“Fair Kazakhstan: unity, stability, development”')).toBeInTheDocument()
    expect(screen.getByText('27 April 2023')).toBeInTheDocument()
    expect(screen.getByText('Astana')).toBeInTheDocument()
    const sources = screen.getByRole('region', { name: 'Source documents' })
    expect(within(sources).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Factsheet on President Tokayev’s speech at the XXXII session',
      'President Tokayev took part in the 32nd session',
    ])
  })
})
