import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { watchPageErrors } from './support/page-errors'
import { readBuiltCorpus } from './support/built-corpus'

/**
 * The quote explorer (/quotes) against the production build and the real corpus: cold loads,
 * shared links, history, malformed URLs, keyboard, accessibility and a 360 px screen.
 * Expectations about the corpus are read from the corpus file itself, not hard-coded.
 */

const corpus = readBuiltCorpus()
const total = corpus.quotes.length
const mentions = (word: string) =>
  corpus.quotes.filter((q) => q.text.toLowerCase().includes(word.toLowerCase()))

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /search words/i })
const resultList = (page: Page) => page.getByRole('list', { name: 'Matching statements' })
const rows = (page: Page) => resultList(page).locator('> li[data-result-index]')
const summary = (page: Page) => page.locator('[data-result-count]')

/** Waits until the results on screen answer `q` (the first search waits for the index file). */
async function resultsFor(page: Page, q: string) {
  await expect(summary(page)).toHaveAttribute('data-result-query', q)
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
}

async function shownIds(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((lis) =>
    lis.map((li) => li.querySelector('[data-quote-id]')?.getAttribute('data-quote-id') ?? ''),
  )
}

test('a cold load of /quotes?q=… shows the matches, highlighted, with no console error', async ({
  page,
}) => {
  const errors = watchPageErrors(page)
  await page.goto('/quotes?q=kazakh+language')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the statements')
  await expect(page).toHaveTitle('“kazakh language” · Quote explorer · Assembly Explorer')
  await resultsFor(page, 'kazakh language')
  const expected = corpus.quotes.filter((q) => /kazakh/i.test(q.text) && /language/i.test(q.text))
  await expect(summary(page)).toHaveText(
    `${expected.length} of ${total} statements match “kazakh language”`,
  )
  await expect(rows(page).first().locator('mark').first()).toBeVisible()
  const marked = await rows(page).first().locator('mark').allTextContents()
  expect(marked.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['kazakh', 'language']))
  // The indexes came from the builder's file (no fallback to building them in the page).
  await expect(page.locator('[data-search-mode]')).toHaveAttribute('data-search-mode', 'file')
  expect(errors).toEqual([])
})

test('filter → copy the URL → a fresh browser shows the same results', async ({
  page,
  browser,
}) => {
  // The list is virtualised: a window tall enough for every result renders them all in both
  // browsers (the reading-tools links above the list left room for two rows at 800 px).
  const viewport = { width: 1280, height: 2400 }
  await page.setViewportSize(viewport)
  await page.goto('/quotes')
  await searchBox(page).fill('unity')
  await resultsFor(page, 'unity')
  await page.getByRole('checkbox', { name: /^XXXII · 2023/ }).check()
  await expect(page).toHaveURL(/session=32/)
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('date-asc')
  await expect(page).toHaveURL(/sort=date-asc/)
  await resultsFor(page, 'unity')
  const url = page.url()
  expect(new URL(url).search).toBe('?q=unity&session=32&sort=date-asc')
  const ids = await shownIds(page)
  expect(ids.length).toBeGreaterThan(0)

  const fresh = await browser.newContext({ viewport })
  const other = await fresh.newPage()
  await other.goto(url)
  await resultsFor(other, 'unity')
  await expect(other.getByRole('checkbox', { name: /^XXXII · 2023/ })).toBeChecked()
  await expect(other.getByRole('combobox', { name: 'Sort' })).toHaveValue('date-asc')
  expect(await shownIds(other)).toEqual(ids)
  await fresh.close()
})

test('a typed character is painted before its results are worked out, and they follow', async ({
  page,
}) => {
  await page.goto('/quotes?q=languag')
  await waitForApp(page)
  await resultsFor(page, 'languag')
  await searchBox(page).press('End')
  // What the first frame painted after the keydown shows: a message posted from an animation
  // frame callback is handled once that frame has been painted.
  await page.evaluate(() => {
    const w = window as unknown as { firstFrame?: Promise<{ box: string; results: string }> }
    w.firstFrame = new Promise((resolve) => {
      addEventListener(
        'keydown',
        () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () =>
              resolve({
                box: document.querySelector<HTMLInputElement>('main input[type="search"]')!.value,
                results:
                  document
                    .querySelector('[data-result-count]')!
                    .getAttribute('data-result-query') ?? '',
              })
            channel.port2.postMessage(null)
          }),
        { once: true, capture: true },
      )
    })
  })
  await page.keyboard.press('e')
  const firstFrame = await page.evaluate(
    () =>
      (window as unknown as { firstFrame: Promise<{ box: string; results: string }> }).firstFrame,
  )
  expect(firstFrame).toEqual({ box: 'language', results: 'languag' })
  await resultsFor(page, 'language')
})

test('typing replaces history; filters push it; back and forward restore the view', async ({
  page,
}) => {
  await page.goto('/')
  await page.goto('/quotes')
  await waitForApp(page)
  await searchBox(page).pressSequentially('language')
  await resultsFor(page, 'language')
  const typedView = await shownIds(page)
  // The rows in the DOM are only those near the viewport: compare the totals.
  const matches = async () => Number(await summary(page).getAttribute('data-result-count'))
  const typedMatches = await matches()
  await page.getByRole('checkbox', { name: /^XXXI · 2022/ }).check()
  await expect(page).toHaveURL(/\?q=language&session=31$/)
  await resultsFor(page, 'language')
  const filteredView = await shownIds(page)
  expect(await matches()).toBeLessThan(typedMatches)

  await page.goBack()
  await expect(page).toHaveURL(/\/quotes\?q=language$/)
  await resultsFor(page, 'language')
  expect(await shownIds(page)).toEqual(typedView)
  await expect(page.getByRole('checkbox', { name: /^XXXI · 2022/ })).not.toBeChecked()
  await expect(searchBox(page)).toHaveValue('language')

  await page.goForward()
  await expect(page).toHaveURL(/\?q=language&session=31$/)
  await resultsFor(page, 'language')
  expect(await shownIds(page)).toEqual(filteredView)

  // Eight keystrokes made no history entries: two steps back is the page before /quotes.
  await page.goBack()
  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
})

// 10 KB of junk, stray "%" and markup included; mostly plain so the URL stays under the
// 16 KB header limit of common static servers (a larger one never reaches the app).
const junk = Array.from({ length: 10_240 }, (_, i) =>
  i % 64 === 0 ? ('%<"&;' as string)[(i / 64) % 5] : 'x',
).join('')
const MALFORMED: { name: string; url: string; ignored: RegExp[] }[] = [
  {
    name: 'unknown ids',
    url: '/quotes?session=99&topic=no-such-topic&speaker=nobody&source=nowhere',
    ignored: [/no session “99”/, /no topic “no-such-topic”/, /no speaker “nobody”/, /no source/],
  },
  {
    name: 'bad params',
    url: '/quotes?sort=sideways&kind=maybe&colour=blue',
    ignored: [/“sort” has an invalid value/, /no kind “maybe”/, /“colour” is not a setting/],
  },
  {
    name: '<script> in q',
    url: `/quotes?q=${encodeURIComponent('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">')}`,
    ignored: [],
  },
  {
    name: '10 KB of junk',
    url: `/quotes?q=${junk.slice(0, 5000)}&topic=${junk.slice(5000)}`,
    ignored: [/no topic/, /is not a setting of this page/],
  },
  { name: 'broken percent-encoding', url: '/quotes?q=%E0%A4%A&session=%ZZ', ignored: [] },
]

for (const { name, url, ignored } of MALFORMED) {
  test(`a malformed URL (${name}) shows a clear page and no console error`, async ({ page }) => {
    const errors = watchPageErrors(page)
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the statements')
    await expect(summary(page)).toBeVisible()
    for (const reason of ignored) {
      await expect(page.getByText('Some parts of this link were ignored:')).toBeVisible()
      await expect(page.getByRole('status').filter({ hasText: reason })).toBeVisible()
    }
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('main script, main img').count()).toBe(0)
    expect(errors).toEqual([])
  })
}

test('keyboard: / focuses search, arrows move through results, Enter opens, Escape clears', async ({
  page,
}) => {
  await page.goto('/quotes')
  await resultsFor(page, '')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('unity')
  await resultsFor(page, 'unity')
  await page.keyboard.press('ArrowDown')
  await expect(rows(page).nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(rows(page).nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(rows(page).nth(0)).toBeFocused()
  const [firstId] = await shownIds(page)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/quotes/${firstId}$`))
  await page.goBack()
  await resultsFor(page, 'unity')
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(searchBox(page)).toHaveValue('')
  await expect(page).toHaveURL(/\/quotes$/)
})

test('a long result list stays virtualised (few rows in the DOM) and scrolls', async ({ page }) => {
  await page.goto('/quotes')
  await resultsFor(page, '')
  const inDom = await rows(page).count()
  expect(inDom).toBeGreaterThan(0)
  expect(inDom).toBeLessThan(total)
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(total))
  await page.mouse.wheel(0, 20_000)
  // Rows further down the list replace the first ones as the page scrolls.
  await expect
    .poll(async () => Number(await rows(page).last().getAttribute('aria-posinset')))
    .toBeGreaterThan(inDom)
  expect(await rows(page).count()).toBeLessThan(total)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    for (const url of ['/quotes', '/quotes?q=kazakh+language&session=31', '/quotes?q=zzqx']) {
      await page.goto(url)
      await expect(summary(page)).toBeVisible()
      await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
      const results = await new AxeBuilder({ page }).analyze()
      expect(results.violations.map((v) => `${url}: ${v.id} ${v.nodes[0]?.html}`)).toEqual([])
    }
  })
}

test('works at 360 px: no sideways scrolling, filters behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/quotes?q=language')
  await resultsFor(page, 'language')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await expect(page.getByRole('checkbox', { name: /^XXXI · 2022/ })).toBeHidden()
  await page.getByRole('button', { name: /show filters/i }).click()
  await page.getByRole('checkbox', { name: /^XXXI · 2022/ }).check()
  await expect(page).toHaveURL(/session=31/)
  await resultsFor(page, 'language')
  await expect(rows(page).first()).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  expect(mentions('language').length).toBeGreaterThan(0)
})
