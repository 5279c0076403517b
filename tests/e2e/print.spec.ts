import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { readBuiltCorpus } from './support/built-corpus'

/**
 * Printing (src/app/styles.css, "Print"): statement, topic, session and bookmark pages print as
 * documents: no navigation, no controls, black on white in the dark theme too, each link's
 * address after its text.
 */
const corpus = readBuiltCorpus()
const quote = corpus.quotes[0]!
const topic = corpus.topics[0]!
const session = corpus.sessions[0]!

const BLACK = 'rgb(0, 0, 0)'
const colour = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).color)

/** Turns the page to paper (in the dark theme) and checks what every printed page shares. */
async function printAndCheckDocument(page: Page) {
  await waitForApp(page)
  // On screen: the dark theme, the navigation and controls.
  expect(await colour(page, 'h1')).not.toBe(BLACK)
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible()
  expect(await page.getByRole('button').count()).toBeGreaterThan(0)

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByRole('button')).toHaveCount(0)
  await expect(page.getByRole('searchbox')).toHaveCount(0)
  expect(await colour(page, 'h1')).toBe(BLACK)
  expect(await colour(page, 'main p')).toBe(BLACK)

  // Every link in the content shows where it goes.
  const links = await page
    .getByRole('main')
    .locator('a[href]:not([href^="#"])')
    .evaluateAll((els) =>
      els.map((el) => ({
        href: el.getAttribute('href'),
        after: getComputedStyle(el, '::after').content,
      })),
    )
  expect(links.length).toBeGreaterThan(0)
  for (const { href, after } of links) expect(after).toBe(`" (${href})"`)

  const scan = await new AxeBuilder({ page }).analyze()
  expect(scan.violations).toEqual([])
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
})

test('a statement page prints as a document, with its citation', async ({ page }) => {
  await page.goto(`/quotes/${quote.id}`)
  // The citation is copied with a button on screen; on paper it is printed.
  const citation = page
    .getByRole('main')
    .getByText(new RegExp(`^${quote.text.slice(0, 20)}|/quotes/${quote.id}$`))
    .filter({ hasText: '/quotes/' })
  await expect(citation).toBeHidden()
  await printAndCheckDocument(page)
  await expect(citation).toBeVisible()
  await expect(citation).toContainText(quote.text.slice(0, 40))
  await expect(citation).toContainText(`${new URL(page.url()).origin}/quotes/${quote.id}`)
})

for (const [what, path] of [
  ['topic', `/topics/${topic.id}`],
  ['session', `/sessions/${session.id}`],
] as const) {
  test(`a ${what} page prints as a document`, async ({ page }) => {
    test.slow() // axe over a page of many statements takes a while on a busy machine
    await page.goto(path)
    await printAndCheckDocument(page)
  })
}

test('the bookmarks page prints its statements with their notes as text', async ({ page }) => {
  await page.goto('/quotes')
  const card = page.getByRole('article').first()
  await card.getByRole('button', { name: 'Bookmark', exact: true }).click()
  await page.goto('/bookmarks')
  const note = page.getByRole('textbox', { name: /^Note/ }).first()
  await note.fill('For the brief:\nsecond point')
  await page.getByRole('button', { name: 'Save note' }).first().click()
  await printAndCheckDocument(page)
  await expect(note).toBeHidden()
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'For the brief: second point' }),
  ).toBeVisible()
})
