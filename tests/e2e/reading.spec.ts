/**
 * The reading views (overview, sessions, topics, one statement, one source) in a real
 * browser, against the production build and the real corpus.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { watchPageErrors } from './support/page-errors'

const SOURCE_2023 = 'factsheet-2023-xxxii'

/** A statement id from the real corpus, found the way a reader would: on its source page. */
async function someQuoteId(page: Page, sourceId = SOURCE_2023): Promise<string> {
  await page.goto(`/sources/${sourceId}`)
  const href = await page
    .getByRole('region', { name: 'Full text' })
    .getByRole('link', { name: /^Statement \d+/ })
    .last()
    .getAttribute('href')
  const id = href?.split('/quotes/')[1]
  if (!id) throw new Error(`no statement link on /sources/${sourceId}`)
  return id
}

const STATIC_ROUTES = [
  { path: '/', h1: 'What the President said, statement by statement', title: /^Overview · / },
  { path: '/sessions', h1: 'Sessions', title: /^Sessions · / },
  { path: '/sessions/31', h1: 'XXXI session', title: /^XXXI session \(29 April 2022\)/ },
  { path: '/sessions/32', h1: 'XXXII session', title: /^XXXII session \(27 April 2023\)/ },
  { path: '/topics', h1: 'Topics', title: /^Topics · / },
  { path: '/topics/language-policy', h1: 'Language policy', title: /^Language policy \(topic\)/ },
  { path: `/sources/${SOURCE_2023}`, h1: /^Factsheet on President/, title: /\(Factsheet\)/ },
]

for (const route of STATIC_ROUTES) {
  test(`${route.path} loads cold, names itself, and has no console error`, async ({ page }) => {
    const errors = watchPageErrors(page)
    await page.goto(route.path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1)
    await expect(page).toHaveTitle(route.title)
    expect(errors).toEqual([])
  })
}

test('a statement page loads cold with its source, context and comparisons', async ({ page }) => {
  const id = await someQuoteId(page)
  const errors = watchPageErrors(page)
  await page.goto(`/quotes/${id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Statement by /)
  await expect(page.getByRole('region', { name: 'In its source' }).locator('mark')).toBeVisible()
  await expect(page.getByRole('region', { name: /^Other sources reporting this/ })).toBeVisible()
  expect(errors).toEqual([])
})

for (const [path, message] of [
  ['/sessions/99', 'Session 99 is not in the corpus.'],
  ['/topics/astrology', 'Topic “astrology” is not in the corpus.'],
  ['/quotes/not-a-statement', 'Statement “not-a-statement” is not in the corpus.'],
  ['/sources/not-a-source', 'Source “not-a-source” is not in the corpus.'],
] as const) {
  test(`${path} shows a clear not-found page`, async ({ page }) => {
    const errors = watchPageErrors(page)
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
    await expect(page.getByText(message)).toBeVisible()
    await expect(
      page.getByRole('main').getByRole('link', { name: 'overview', exact: true }),
    ).toBeVisible()
    expect(errors.filter((e) => !/404|Not Found/i.test(e))).toEqual([])
  })
}

test('journey: from the overview, the Kazakh language in 2022 and 2023, its sources, and a link to that view', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  // The overview's topic map leads to the topic, which sets both sessions side by side.
  await page
    .getByRole('table', { name: /statements per topic and session/i })
    .getByRole('link', { name: 'Language policy', exact: true })
    .click()
  await expect(page).toHaveURL(/\/topics\/language-policy$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Language policy')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  const cards = page.locator('article[data-quote-id]')
  const in2022 = page
    .getByRole('group', { name: 'XXXI session · 2022' })
    .or(page.getByRole('region', { name: /^XXXI session/ }))
    .locator('article[data-quote-id]', { hasText: 'Kazakh language' })
  const in2023 = page
    .getByRole('group', { name: 'XXXII session · 2023' })
    .or(page.getByRole('region', { name: /^XXXII session/ }))
    .locator('article[data-quote-id]', { hasText: 'Kazakh language' })
  expect(await in2022.count()).toBeGreaterThan(0)
  expect(await in2023.count()).toBeGreaterThan(0)
  // Every statement names the document that reports it and links to the place in it.
  for (const card of await cards.all()) {
    await expect(card.getByRole('link', { name: /.+/ }).first()).toBeVisible()
    await expect(card).toContainText('Source')
    await expect(card).toContainText('Corroborated by')
  }

  // Narrow the view, then "send the link": a fresh browser opens exactly this view.
  await page.getByRole('checkbox', { name: /^Reported/ }).check()
  await expect(page).toHaveURL(/\/topics\/language-policy\?kind=reported$/)
  const shown = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id')))
  const url = page.url()

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(url)
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Language policy')
  await expect(other.getByRole('checkbox', { name: /^Reported/ })).toBeChecked()
  await expect
    .poll(() =>
      other
        .locator('article[data-quote-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id'))),
    )
    .toEqual(shown)
  await fresh.close()

  // One statement: which sources report it, and a link to copy.
  await page.goto(url)
  await in2023.first().getByRole('link', { name: 'Open statement in context' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Statement by /)
  await expect(page.getByRole('region', { name: /^Other sources reporting this/ })).toBeVisible()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(page.url())
})

test('the overview search box opens the explorer with the words', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search every statement' }).fill('Kazakh language')
  await page.getByRole('button', { name: 'Search statements' }).click()
  await expect(page).toHaveURL(/\/quotes\?q=Kazakh\+language$/)
})

test('a #q- link scrolls to the statement in its source, highlights and focuses it', async ({
  page,
}) => {
  const id = await someQuoteId(page)
  await page.goto('/')
  await page.goto(`/sources/${SOURCE_2023}#q-${id}`)
  const mark = page.locator('mark[data-quote-ids]').first()
  await expect(mark).toBeVisible()
  await expect(mark).toBeInViewport()
  await expect(page.locator(`[id="q-${id}"]`)).toBeFocused()
  await expect(page.getByText(/^Highlighted: statement \d+ of \d+/)).toBeVisible()
})

test('the statement page links to its exact place in the source', async ({ page }) => {
  const id = await someQuoteId(page)
  await page.goto(`/quotes/${id}`)
  await page.getByRole('link', { name: 'Read the full source at this place' }).click()
  await expect(page).toHaveURL(new RegExp(`/sources/${SOURCE_2023}#q-${id}$`))
  await expect(page.locator('mark[data-quote-ids]').first()).toBeInViewport()
})

test.describe('accessibility and small screens', () => {
  const AXE_PATHS = [
    ...STATIC_ROUTES.map((r) => r.path),
    'statement',
    'source#q-',
    '/sessions/32?kind=direct&topic=nonsense',
    '/topics/language-policy?session=32',
  ]
  for (const scheme of ['light', 'dark'] as const) {
    for (const target of AXE_PATHS) {
      test(`axe finds no violations on ${target} (${scheme})`, async ({ page }) => {
        test.setTimeout(60_000)
        await page.emulateMedia({ colorScheme: scheme })
        let path = target
        if (target === 'statement') path = `/quotes/${await someQuoteId(page)}`
        if (target === 'source#q-') path = `/sources/${SOURCE_2023}#q-${await someQuoteId(page)}`
        await page.goto(path)
        await waitForApp(page)
        const results = await new AxeBuilder({ page }).analyze()
        expect(
          results.violations.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')})`,
          ),
        ).toEqual([])
      })
    }
  }

  test('every reading view fits 360 px without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    const id = await someQuoteId(page)
    for (const path of [...STATIC_ROUTES.map((r) => r.path), `/quotes/${id}`]) {
      await page.goto(path)
      await page.getByRole('heading', { level: 1 }).waitFor()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })

  test('the session filters work from the keyboard', async ({ page }) => {
    await page.goto('/sessions/31')
    await waitForApp(page)
    const box = page.getByRole('checkbox', { name: /^Direct quote/ })
    await box.focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/\/sessions\/31\?kind=direct$/)
    await expect(page.getByText(/^Showing \d+ of \d+ statements$/)).toBeVisible()
    await page.goBack()
    await expect(page).toHaveURL(/\/sessions\/31$/)
    await expect(page.getByRole('checkbox', { name: /^Direct quote/ })).not.toBeChecked()
  })
})
