/**
 * The reading tools (keyword in context, term trends) in a real browser, against the
 * production build and the real corpus: what the domain functions count is what the page
 * shows, the keyboard reaches everything, and axe finds nothing in either theme, at 360 px,
 * or in Russian and Kazakh.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { buildCorpusModel } from '../../src/domain/corpus/model'
import { kwicLines } from '../../src/domain/reading/kwic'
import { parseTerm } from '../../src/domain/reading/term-match'
import { termTrends } from '../../src/domain/reading/term-trends'
import { waitForApp } from './support/app-ready'
import { readBuiltCorpus } from './support/built-corpus'
import { watchPageErrors } from './support/page-errors'

const model = buildCorpusModel(readBuiltCorpus())
const LANGUAGE_LINES = kwicLines(model, parseTerm('language')!)

const table = (page: Page) => page.getByRole('table')
const bodyRows = (page: Page) => table(page).locator('tbody tr')

async function axeClean(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
}

async function fitsIn360(page: Page) {
  await page.setViewportSize({ width: 360, height: 740 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
}

test('/kwic lists every occurrence, the matches aligned in one column, each linking to its statement', async ({
  page,
}) => {
  expect(LANGUAGE_LINES.length).toBeGreaterThan(5)
  const errors = watchPageErrors(page)
  await page.goto('/kwic?q=language')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyword in context')
  await expect(page).toHaveTitle(/^“language” in context · /)
  await expect(bodyRows(page)).toHaveCount(LANGUAGE_LINES.length)
  await expect(page.getByText(/^Matched by stem/)).toBeVisible()

  // Every match starts at the same x: the column a concordance is read down.
  const matches = bodyRows(page).locator('td:nth-child(2) a')
  const xs = await matches.evaluateAll((links) =>
    links.map((a) => Math.round(a.getBoundingClientRect().left)),
  )
  expect(new Set(xs).size).toBe(1)

  const first = LANGUAGE_LINES[0]!
  await expect(matches.first()).toHaveAttribute('href', `/quotes/${first.quoteId}`)
  await matches.first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Statement by /)
  expect(errors).toEqual([])
})

test('/kwic sorts by the words to the left or right with the keyboard, and keeps it in the URL', async ({
  page,
}) => {
  await page.goto('/kwic?q=language')
  await waitForApp(page)
  const leftSort = page.getByRole('button', { name: /^Left context/ })
  await leftSort.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/[?&]sort=left/)
  await expect(page.getByRole('columnheader', { name: /^Left context/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  // The word just before each match, read down the column, is in alphabetical order.
  const before = await bodyRows(page)
    .locator('td:first-child')
    .evaluateAll((cells) =>
      cells.map((c) => (c.textContent ?? '').trim().split(/\s+/).pop()!.toLowerCase()),
    )
  expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en')))

  await page.getByRole('button', { name: /^Right context/ }).press('Enter')
  await expect(page).toHaveURL(/[?&]sort=right/)
  await page.goBack()
  await expect(page).toHaveURL(/[?&]sort=left/)
})

test('/trends shows each term per session in a table, and the chart is one tab stop with arrow keys', async ({
  page,
}) => {
  const errors = watchPageErrors(page)
  const trends = termTrends(model, [parseTerm('unity')!, parseTerm('language')!])
  await page.goto('/trends?terms=unity,language')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Term trends')
  const rows = page.getByRole('table').locator('tbody tr')
  await expect(rows).toHaveCount(trends.sessions.length)
  for (const [i, session] of trends.sessions.entries()) {
    const counts = trends.series.map((s) => String(s.counts[i]))
    const cells = rows.nth(i).locator('td')
    await expect(rows.nth(i).locator('th')).toHaveText(`${session.roman} session`)
    await expect(cells.nth(2)).toHaveText(counts[0]!)
    await expect(cells.nth(4)).toHaveText(counts[1]!)
  }

  await waitForApp(page)
  const chart = page.getByRole('group', { name: 'Occurrences per 1,000 words, by session' })
  const points = chart.getByRole('link')
  await expect(points).toHaveCount(trends.series.length * trends.sessions.length)
  // One tab stop: from the last term's "in context" link, Tab lands on the chart's first point.
  await page.getByRole('radio', { name: 'occurrences' }).focus()
  await page.keyboard.press('Tab')
  await expect(points.first()).toBeFocused()
  await page.keyboard.press('ArrowRight')
  const last = trends.sessions[trends.sessions.length - 1]!
  await expect(points.nth(1)).toBeFocused()
  await expect(points.nth(1)).toHaveAccessibleName(
    new RegExp(
      `^“unity”, ${last.roman} session: [\\d.]+ per 1,000 words, ${trends.series[0]!.counts[trends.sessions.length - 1]} occurrences?$`,
    ),
  )
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/kwic\\?q=unity&session=${last.id}$`))
  await expect(bodyRows(page)).toHaveCount(trends.series[0]!.counts[trends.sessions.length - 1]!)
  expect(errors).toEqual([])
})

test('the explorer’s search leads to the reading tools', async ({ page }) => {
  await page.goto('/quotes?q=unity')
  await page.getByRole('link', { name: '“unity” in context' }).click()
  await expect(page).toHaveURL(/\/kwic\?q=unity$/)
  await expect(bodyRows(page).first()).toBeVisible()
  await page.getByRole('link', { name: 'Trend of “unity” across sessions' }).click()
  await expect(page).toHaveURL(/\/trends\?terms=unity$/)
  await expect(page.getByRole('table')).toBeVisible()
})

test('the bare tools are prerendered pages, so a host without rewrites serves them', async ({
  request,
}) => {
  for (const path of ['/kwic', '/trends', '/ru/kwic', '/kk/trends']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).toContain('data-prerendered')
  }
})

const AXE_PAGES = [
  {
    name: 'KWIC',
    path: '/kwic?q=language&sort=right',
    ready: (page: Page) => bodyRows(page).first(),
  },
  {
    name: 'trends',
    path: '/trends?terms=unity,language,"kazakh language",assembly,people',
    ready: (page: Page) => page.getByRole('table'),
  },
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, path, ready } of AXE_PAGES) {
    test(`${name}: axe finds no violations (${colorScheme}), also at 360 px, which needs no sideways scrolling`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme })
      await page.goto(path)
      await expect(ready(page)).toBeVisible()
      await waitForApp(page)
      await axeClean(page)
      await fitsIn360(page)
      await axeClean(page)
    })
  }
}

test('in Russian and Kazakh, the tools speak the interface language and stay axe-clean', async ({
  page,
}) => {
  test.slow() // four axe scans on a shared machine
  await page.goto('/ru/kwic?q=language')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Слово в контексте')
  await expect(
    page.getByText(/^Поиск по основе слова: учитываются все формы «language»/),
  ).toBeVisible()
  await expect(bodyRows(page)).toHaveCount(LANGUAGE_LINES.length)
  await waitForApp(page)
  await axeClean(page)
  // A Cyrillic query reads as Russian or Kazakh; this corpus is in English, and says so.
  await page.goto('/ru/kwic?q=языка')
  await expect(page.getByText('«языка» не встречается в высказываниях.')).toBeVisible()

  await page.goto('/kk/trends?terms=unity,language')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сессиялар бойынша жиілік')
  await expect(page.getByRole('columnheader', { name: 'Сессия' })).toBeVisible()
  await waitForApp(page)
  await axeClean(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await axeClean(page)
})
