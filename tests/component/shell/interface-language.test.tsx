import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { activateLocale } from '@/i18n/i18n'
import { renderExplorer } from '../explorer/render-explorer'

vi.mock('zustand')

afterEach(async () => {
  await act(() => activateLocale('en'))
})

describe('the interface language', () => {
  it('comes from the address: /ru/… shows the frame in Russian, every link kept in Russian', async () => {
    await activateLocale('ru')
    renderExplorer('/ru/quotes?q=unity')
    const nav = await screen.findByRole('navigation', { name: 'Основное меню' })
    expect(within(nav).getByRole('link', { name: 'Сессии' })).toHaveAttribute(
      'href',
      '/ru/sessions',
    )
    expect(within(nav).getByRole('link', { name: 'Обзор' })).toHaveAttribute('href', '/ru/')
    expect(document.documentElement.lang).toBe('ru')
  })

  it('switches in place from the language menu, to the same view and query, and is remembered', async () => {
    const user = userEvent.setup()
    await activateLocale('ru')
    renderExplorer('/ru/quotes?q=unity')
    const languages = await screen.findByRole('navigation', { name: 'Язык интерфейса' })
    expect(within(languages).getByRole('link', { name: 'Қазақша' })).toHaveAttribute(
      'href',
      '/kk/quotes?q=unity',
    )
    await user.click(within(languages).getByRole('link', { name: 'Қазақша' }))
    const nav = await screen.findByRole('navigation', { name: 'Негізгі мәзір' })
    expect(within(nav).getByRole('link', { name: 'Тақырыптар' })).toHaveAttribute(
      'href',
      '/kk/topics',
    )
    expect(document.documentElement.lang).toBe('kk')
    expect(localStorage.getItem('assembly-explorer:locale')).toBe('kk')
    await user.click(screen.getByRole('link', { name: 'English' }))
    expect(await screen.findByRole('navigation', { name: 'Primary' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Русский' })).toHaveAttribute(
      'href',
      '/ru/quotes?q=unity',
    )
  })
})
