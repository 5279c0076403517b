import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { watchPageErrors } from './support/page-errors'
import { readBuiltCorpus } from './support/built-corpus'

test('a Russian address is a prerendered Russian page, and the app keeps it Russian', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/ru/sessions')).text()
  expect(html).toContain('<html lang="ru"')
  expect(html).toContain('Основное меню')
  const errors = watchPageErrors(page)
  await page.goto('/ru/sessions')
  await waitForApp(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  const nav = page.getByRole('navigation', { name: 'Основное меню' })
  await nav.getByRole('link', { name: 'Темы' }).click()
  await expect(page).toHaveURL(/\/ru\/topics$/)
  expect(errors).toEqual([])
})

test('switching the language keeps the view and its query, and is remembered', async ({ page }) => {
  await page.goto('/quotes?q=unity')
  await waitForApp(page)
  await page
    .getByRole('navigation', { name: 'Interface language' })
    .getByRole('link', { name: 'Қазақша' })
    .click()
  await expect(page).toHaveURL(/\/kk\/quotes\?q=unity$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(page.getByRole('navigation', { name: 'Негізгі мәзір' })).toBeVisible()
  // The front page opens in the remembered language.
  await page.goto('/')
  await expect(page).toHaveURL(/\/kk\/$/)
  await expect(page.getByRole('navigation', { name: 'Негізгі мәзір' })).toBeVisible()
})

test.describe('a first visit from a Russian-language browser', () => {
  test.use({ locale: 'ru-RU' })
  test('lands on the Russian front page, while a shared English deep link stays English', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/ru\/$/)
    await expect(page.getByRole('link', { name: 'Высказывания', exact: true })).toBeVisible()
    await page.goto('/topics')
    await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible()
  })
})

async function expectCleanAt360(page: Page, path: string) {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(path)
  await waitForApp(page)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze()
  expect(results.violations).toEqual([])
}

for (const locale of ['kk', 'ru'] as const)
  for (const path of [
    '/',
    '/quotes?q=unity',
    '/quotes?q=zzqx&session=31',
    '/sources/factsheet-2022-xxxi',
    '/check?text=a%20new%20national%20identity%20has%20been%20formed%20in%20Kazakhstan',
    '/sessions/32',
  ])
    test(`no axe violations in ${locale}: ${path}, and nothing scrolls sideways at 360 px`, async ({
      page,
    }) => {
      // axe over a long page (a session's statements) takes most of the default 30 s on a loaded machine.
      test.setTimeout(90_000)
      await expectCleanAt360(page, `/${locale}${path}`)
    })

for (const locale of ['kk', 'ru'] as const)
  test(`no axe violations in ${locale} on a statement's page, and nothing scrolls sideways at 360 px`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/sources/factsheet-2022-xxxi`)
    await waitForApp(page)
    const href = await page.locator('a[href*="/quotes/"]').first().getAttribute('href')
    expect(href).toMatch(new RegExp(`^/${locale}/quotes/`))
    await expectCleanAt360(page, href!)
    // The page speaks the chosen language: its sidebar is named in it.
    await expect(
      page.getByRole('complementary', {
        name: locale === 'kk' ? 'Мәлімдеме туралы' : 'О высказывании',
      }),
    ).toBeVisible()
  })

const sharedIds = readBuiltCorpus()
  .quotes.slice(0, 3)
  .map((quote) => quote.id)
  .join(',')

for (const [locale, words] of [
  ['ru', { save: 'Сохранить в мои закладки', heading: 'Закладки', count: '3 закладки' }],
  ['kk', { save: 'Менің бетбелгілеріме сақтау', heading: 'Бетбелгілер', count: '3 бетбелгі' }],
] as const)
  test(`bookmarks in ${locale}: a shared collection saved, the collection worded in ${locale}, no axe violations at 360 px`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await expectCleanAt360(page, `/${locale}/bookmarks/shared?ids=${sharedIds}`)
    await page.getByRole('button', { name: words.save }).click()
    await expectCleanAt360(page, `/${locale}/bookmarks`)
    await expect(page.getByRole('heading', { level: 1, name: words.heading })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: words.count })).toBeVisible()
  })
