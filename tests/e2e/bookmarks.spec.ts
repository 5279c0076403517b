import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { watchPageErrors } from './support/page-errors'
import type { Quote } from '../../src/domain/corpus/schema'
import { readBuiltCorpus } from './support/built-corpus'

/**
 * Bookmarks against the production build and the real corpus: persistence, sharing,
 * export/import, two tabs, broken storage, accessibility, keyboard and small screens.
 */

const KEY = 'assembly-explorer:bookmarks'
const QUARANTINE_PREFIX = 'assembly-explorer:quarantine:'

const corpus = readBuiltCorpus()
// Three statements from across the corpus (not just the first document).
const quotes = [0, Math.floor(corpus.quotes.length / 2), corpus.quotes.length - 1]
  .map((i) => corpus.quotes[i])
  .filter((q): q is Quote => q !== undefined)
const ids = quotes.map((q) => q.id)

/** Bookmarks the given statements the way a user would: from a shared link's cards. */
async function bookmarkViaCards(page: Page, quoteIds: string[]) {
  await page.goto(`/bookmarks/shared?ids=${quoteIds.join(',')}`)
  const toggles = page.getByRole('button', { name: 'Bookmark', exact: true })
  await expect(toggles).toHaveCount(quoteIds.length)
  for (let i = 0; i < quoteIds.length; i++) {
    await toggles.first().click()
  }
  await expect(page.getByRole('button', { name: 'Bookmarked', exact: true })).toHaveCount(
    quoteIds.length,
  )
}

function noteFieldFor(page: Page, quoteId: string): Locator {
  return page.locator(`[data-bookmark-id="${quoteId}"]`).getByRole('textbox', { name: /^Note/ })
}

async function storedBookmarks(page: Page) {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key)
    if (!raw) return {}
    const bookmarks = (JSON.parse(raw) as { state: { bookmarks: Record<string, unknown> } }).state
      .bookmarks as Record<
      string,
      { quoteId: string; note: string; addedAt: string; order?: number }
    >
    return Object.fromEntries(
      Object.values(bookmarks).map((b) => [
        b.quoteId,
        { note: b.note, addedAt: b.addedAt, order: b.order },
      ]),
    )
  }, KEY)
}

async function listedIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-bookmark-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-bookmark-id') ?? ''))
}

test('bookmark from the explorer, add a note, reload: still there with its note', async ({
  page,
}) => {
  const errors = watchPageErrors(page)
  await page.goto('/quotes')
  const card = page.getByRole('article').first()
  await card.getByRole('button', { name: 'Bookmark', exact: true }).click()
  await expect(card.getByRole('button', { name: 'Bookmarked', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const quoteId = await card.getAttribute('data-quote-id')
  await card.getByRole('button', { name: 'Add note' }).click()
  await card
    .getByRole('textbox', { name: 'Note on this bookmark' })
    .fill('Check against the transcript')
  await card.getByRole('button', { name: 'Save note' }).click()
  await expect(card.getByRole('status')).toHaveText('Note saved.')

  await page.reload()
  await expect(
    page.getByRole('article').first().getByRole('button', { name: 'Bookmarked', exact: true }),
  ).toBeVisible()
  await page.goto('/bookmarks')
  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: '1 bookmark' })).toBeVisible()
  await expect(noteFieldFor(page, quoteId ?? '')).toHaveValue('Check against the transcript')
  expect(errors).toEqual([])
})

test('share link opens the same collection in a fresh browser context', async ({
  page,
  browser,
}) => {
  await bookmarkViaCards(page, ids)
  await page.goto('/bookmarks')
  await page.getByRole('combobox', { name: 'Order' }).selectOption('custom')
  // A custom order must travel with the link.
  await page
    .locator(`[data-bookmark-id="${ids[0]}"]`)
    .getByRole('button', { name: /Move up/ })
    .click()
  const order = await listedIds(page)
  await page
    .getByRole('textbox', { name: 'Title for the shared collection (optional)' })
    .fill('Brief: unity')
  await page.getByRole('button', { name: 'Copy share link' }).click()
  // Headless Chromium may refuse the clipboard; either way the link is shown.
  const field = page.getByRole('textbox', { name: 'Share link' })
  await expect(field).toBeVisible()
  const url = await field.inputValue()
  expect(url).toContain(`/bookmarks/shared?ids=${order.join(',')}&title=Brief%3A+unity`)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(url)
  await expect(other.getByRole('heading', { level: 1, name: 'Brief: unity' })).toBeVisible()
  const shown = await other
    .getByRole('article')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-id')))
  expect(shown).toEqual(order)
  await other.getByRole('button', { name: 'Save to my bookmarks' }).click()
  await expect(other.getByText(`Added ${order.length} statements to your bookmarks.`)).toBeVisible()
  await other.goto('/bookmarks')
  await expect(
    other.getByRole('heading', { level: 2, name: `${order.length} bookmarks` }),
  ).toBeVisible()
  await fresh.close()
})

test('export JSON → clear storage → import → identical collection', async ({ page }) => {
  await bookmarkViaCards(page, ids)
  await page.goto('/bookmarks')
  await noteFieldFor(page, ids[0] ?? '').fill('First note, with "quotes"\nand a second line')
  await noteFieldFor(page, ids[2] ?? '').fill('Third note')
  await noteFieldFor(page, ids[2] ?? '').blur()
  await expect(page.getByText('Note saved.')).toHaveCount(2)
  await page.getByRole('combobox', { name: 'Order' }).selectOption('custom')
  await page
    .locator(`[data-bookmark-id="${ids[0]}"]`)
    .getByRole('button', { name: /Move up/ })
    .click()
  const before = await storedBookmarks(page)
  const orderBefore = await listedIds(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export JSON' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^assembly-explorer-bookmarks-.*\.json$/)
  const file = await download.path()

  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(page.getByText('No bookmarks yet.')).toBeVisible()

  await page.getByLabel('Import bookmarks from a JSON file').setInputFiles(file)
  const preview = page.getByRole('region', { name: /^Before importing/ })
  await expect(preview).toBeVisible()
  await expect(await storedBookmarks(page)).toEqual({}) // nothing changes before confirming
  await preview.getByRole('button', { name: 'Import 3 bookmarks' }).click()
  await expect(page.getByText(/Added 3 bookmarks from/)).toBeVisible()
  await page.getByRole('combobox', { name: 'Order' }).selectOption('custom')
  expect(await storedBookmarks(page)).toEqual(before)
  expect(await listedIds(page)).toEqual(orderBefore)
})

test('two pages of the same origin editing at once: both edits kept', async ({ page, context }) => {
  await bookmarkViaCards(page, ids.slice(0, 2))
  await page.goto('/bookmarks')
  const second = await context.newPage()
  await second.goto('/bookmarks')
  const [a, b] = ids
  await noteFieldFor(page, a ?? '').fill('Edited in tab one')
  await noteFieldFor(second, b ?? '').fill('Edited in tab two')
  // Both save (on leaving the field) at the same moment.
  await Promise.all([noteFieldFor(page, a ?? '').blur(), noteFieldFor(second, b ?? '').blur()])
  // Each tab shows the other's edit without a reload.
  await expect(noteFieldFor(page, b ?? '')).toHaveValue('Edited in tab two')
  await expect(noteFieldFor(second, a ?? '')).toHaveValue('Edited in tab one')
  // A new bookmark in one tab appears in the other.
  await second.goto(`/bookmarks/shared?ids=${ids[2]}`)
  await second.getByRole('button', { name: 'Bookmark', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: '3 bookmarks' })).toBeVisible()
  await page.reload()
  await expect(noteFieldFor(page, a ?? '')).toHaveValue('Edited in tab one')
  await expect(noteFieldFor(page, b ?? '')).toHaveValue('Edited in tab two')
})

test('corrupted storage: told, offered a download, nothing lost', async ({ page }) => {
  const garbage = '{"state":{"bookmarks":"this is not what the app wrote"'
  await page.goto('/bookmarks')
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: KEY,
    value: garbage,
  })
  await page.reload()
  await expect(
    page.getByText('Some saved data could not be read, so it was kept aside'),
  ).toBeVisible()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download kept-aside data' }).click()
  const download = await downloading
  expect(readFileSync(await download.path(), 'utf8')).toBe(garbage)

  // The app works normally, and the original stays stored under its own key.
  await bookmarkViaCards(page, ids.slice(0, 1))
  const kept = await page.evaluate((prefix) => {
    const out: string[] = []
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)
      if (key?.startsWith(prefix)) out.push(localStorage.getItem(key) ?? '')
    }
    return out
  }, QUARANTINE_PREFIX)
  expect(kept).toEqual([garbage])
  await page.goto('/bookmarks')
  await expect(page.getByRole('heading', { level: 2, name: '1 bookmark' })).toBeVisible()
  await expect(
    page.getByText('Some saved data could not be read, so it was kept aside'),
  ).toBeVisible()
})

test('storage full: the app keeps working and says the changes are not being kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('assembly-explorer:bookmarks'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return original.call(this, key, value)
    }
  })
  await bookmarkViaCards(page, ids.slice(0, 2))
  // In memory only: move within the app (a reload would, as the notice says, lose them).
  await page
    .getByRole('navigation', { name: 'Primary' })
    .getByRole('link', { name: 'Bookmarks' })
    .click()
  await expect(page.getByRole('alert')).toContainText('Your latest changes could not be saved')
  await expect(page.getByRole('heading', { level: 2, name: '2 bookmarks' })).toBeVisible()
})

test('axe: no violations on /bookmarks (empty and filled) and on the shared view', async ({
  page,
}) => {
  await page.goto('/bookmarks')
  await expect(page.getByText('No bookmarks yet.')).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  await bookmarkViaCards(page, ids)
  await page.goto('/bookmarks')
  await noteFieldFor(page, ids[0] ?? '').fill('A note')
  await page.getByRole('combobox', { name: 'Order' }).selectOption('custom')
  await page
    .locator(`[data-bookmark-id="${ids[1]}"]`)
    .getByRole('button', { name: 'Remove bookmark' })
    .click()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  await page.goto(`/bookmarks/shared?ids=${ids.join(',')},not-a-quote&title=Axe`)
  await expect(page.getByRole('heading', { level: 1, name: 'Axe' })).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
})

test('dark mode: no axe violations on /bookmarks and the shared view', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' })
  const page = await context.newPage()
  await bookmarkViaCards(page, ids.slice(0, 2))
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await page.goto('/bookmarks')
  await expect(page.getByRole('heading', { level: 2, name: '2 bookmarks' })).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await context.close()
})

test('keyboard only: save a shared collection, write a note, reorder, remove and undo', async ({
  page,
}) => {
  await page.goto(`/bookmarks/shared?ids=${ids.join(',')}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const save = page.getByRole('button', { name: 'Save to my bookmarks' })
  for (let i = 0; i < 40 && !(await save.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(save).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/Added 3 statements/)).toBeVisible()

  await page.goto('/bookmarks')
  const firstNote = page.getByRole('textbox', { name: /^Note/ }).first()
  for (let i = 0; i < 40 && !(await firstNote.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(firstNote).toBeFocused()
  await page.keyboard.type('Typed with the keyboard')
  await page.keyboard.press('Tab') // leaving the field saves
  await expect(page.getByText('Note saved.')).toBeVisible()

  const order = page.getByRole('combobox', { name: 'Order' })
  await order.focus()
  await order.selectOption('custom') // a select is operated with arrow keys; the value is what matters
  const before = await listedIds(page)
  const moveDown = page
    .locator(`[data-bookmark-id="${before[0]}"]`)
    .getByRole('button', { name: /Move down/ })
  await moveDown.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => listedIds(page)).toEqual([before[1], before[0], before[2]])
  await expect(page.locator(`#move-down-${before[0]}`)).toBeFocused()

  const remove = page
    .locator(`[data-bookmark-id="${before[2]}"]`)
    .getByRole('button', { name: 'Remove bookmark' })
  await remove.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-bookmark-id]')).toHaveCount(2)
  // Focus lands on the list heading; the undo button is next in the tab order.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-bookmark-id]')).toHaveCount(3)
})

test('360 px wide: /bookmarks and the shared view fit without sideways scrolling', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  await bookmarkViaCards(page, ids)
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
  expect(await fits()).toBe(true)
  await page.goto('/bookmarks')
  await page.getByRole('combobox', { name: 'Order' }).selectOption('custom')
  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible()
  expect(await fits()).toBe(true)
  await context.close()
})
