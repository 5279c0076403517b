import { screen, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import { showUpdateNotice } from '@/features/offline/update-notice'
import { activateLocale, i18n } from '@/i18n/i18n'

afterEach(async () => {
  document.body.innerHTML = ''
  await activateLocale('en')
})

test('says a newer version is ready; Reload takes it, Later puts the notice away', async () => {
  const onReload = vi.fn()
  showUpdateNotice(i18n, { onReload })
  const notice = await screen.findByRole('region', { name: 'Update' }, { timeout: 5000 })
  expect(within(notice).getByRole('status')).toHaveTextContent(
    'A newer version of the corpus is available.',
  )
  const user = userEvent.setup()
  await user.click(within(notice).getByRole('button', { name: 'Reload' }))
  expect(onReload).toHaveBeenCalledOnce()
  await user.click(within(notice).getByRole('button', { name: 'Later' }))
  expect(screen.queryByRole('region', { name: 'Update' })).toBeNull()
})

test('speaks the interface language, and follows it when it changes', async () => {
  await activateLocale('kk')
  showUpdateNotice(i18n, { onReload: () => {} })
  const notice = await screen.findByRole('region', { name: 'Жаңарту' }, { timeout: 5000 })
  expect(within(notice).getByRole('status')).toHaveTextContent('Корпустың жаңа нұсқасы қолжетімді.')
  await activateLocale('ru')
  expect(within(notice).getByRole('status')).toHaveTextContent('Доступна новая версия корпуса.')
  expect(within(notice).getByRole('button', { name: 'Позже' })).toBeVisible()
})
