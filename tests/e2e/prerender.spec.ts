/**
 * Build-time prerendering (the `prerender` plugin in vite.config.ts, src/app/prerender.tsx):
 * a view's content is in its HTML before any script runs, the app takes the page over without
 * a layout shift or a console error, and a URL with a query never shows the prerendered view.
 */
import { expect, test } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { watchPageErrors } from './support/page-errors'
import { readBuiltCorpus } from './support/built-corpus'

const corpus = readBuiltCorpus()
const statement = corpus.quotes[0]!

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a statement page already holds its heading and statement text', async ({ page }) => {
    await page.goto(`/quotes/${statement.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Statement by /)
    await expect(page.locator('main')).toContainText(statement.text)
  })
})

test('the app takes a prerendered statement page over, same text, no console error', async ({
  page,
}) => {
  const errors = watchPageErrors(page)
  await page.goto(`/quotes/${statement.id}`)
  await waitForApp(page)
  await expect(page.locator('main')).toContainText(statement.text)
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Bookmarked', exact: true })).toBeVisible()
  expect(errors).toEqual([])
})

for (const path of ['/', '/quotes', `/quotes/${statement.id}`]) {
  test(`${path}: nothing shifts while the app takes over and loads`, async ({ page }) => {
    await page.goto(path)
    await waitForApp(page)
    await page.waitForLoadState('networkidle')
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & {
              value: number
              hadRecentInput: boolean
            })[]
            done(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0))
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => done(0), 500) // no entries at all: nothing shifted
        }),
    )
    expect(shift).toBeLessThan(0.01)
  })
}

test('a URL with a query never shows the prerendered (unfiltered) view', async ({ page }) => {
  // Without the app's code, only what the HTML shows by itself remains on screen.
  await page.route('**/assets/*.js', (route) => route.abort())
  await page.goto('/quotes')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the statements')
  await page.goto('/quotes?q=unity')
  await expect(page.locator('#root')).toBeEmpty()
  await page.goto('/sessions/31?kind=direct')
  await expect(page.locator('#root')).toBeEmpty()
  // With it, the filtered view.
  await page.unroute('**/assets/*.js')
  await page.goto('/quotes?q=unity')
  await expect(
    page.getByRole('search', { name: 'Statements', exact: true }).getByRole('searchbox'),
  ).toHaveValue('unity')
})
