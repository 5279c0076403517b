import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { watchPageErrors } from './support/page-errors'

/**
 * "Did he say that?" (/check) against the production build and the real corpus: the verdicts a
 * journalist meets, the shareable link, long texts, keyboard, accessibility, 360 px, dark mode.
 * The checked texts are written here; only the statements they match are the seeds'.
 */

const QUOTED =
  'Addressing the delegates, the head of state put it plainly: “Our statehood, our country, our homeland must be the highest value. We must all work for this goal.”'
const REWORDED =
  'Tokayev said the society of Kazakhstan is a union of free and responsible citizens who are united by shared ideals and values.'
const UNKNOWN = 'The price of bread will be frozen until the end of the harvest season.'

async function checkText(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Text to check' }).fill(text)
  await page.getByRole('button', { name: 'Check', exact: true }).click()
}

/** The verdict's heading, by its accessible name (the sign before the word is decoration). */
const verdict = (page: Page, label?: string) =>
  page.getByRole('heading', { name: label ? `Verdict: ${label}` : /^Verdict:/ })

test('a quote copied from an article is found verbatim, with its source and place, and the link shares it', async ({
  page,
}) => {
  const errors = watchPageErrors(page)
  await page.goto('/check')
  await waitForApp(page)
  await checkText(page, QUOTED)
  await expect(verdict(page, 'Verbatim')).toBeVisible()
  await expect(page.getByTestId('check-explanation')).toContainText('word for word, a direct quote')
  const best = page.locator('[data-match-id]').first()
  await expect(best).toContainText('Kassym-Jomart Tokayev')
  await expect(best).toContainText('XXXI session')
  await expect(best.getByText('In its paragraph')).toBeVisible()
  await expect(best.locator('mark')).toContainText('We must all work for this goal')
  await expect(best.getByRole('link', { name: /Factsheet/ })).toHaveAttribute('href', /#q-/)

  // The address bar holds the text: opening it elsewhere gives the same answer.
  expect(new URL(page.url()).searchParams.get('text')).toBe(QUOTED)
  const other = await page.context().newPage()
  await other.goto(page.url())
  await expect(verdict(other, 'Verbatim')).toBeVisible()
  expect(errors).toEqual([])
})

test('a reworded claim is a close paraphrase, with the differences marked word by word', async ({
  page,
}) => {
  await page.goto(`/check?text=${encodeURIComponent(REWORDED)}`)
  await expect(verdict(page, 'Close paraphrase')).toBeVisible()
  const best = page.locator('[data-match-id]').first()
  await expect(best.getByText('Word by word against your text')).toBeVisible()
  await expect(best.locator('del').first()).toBeVisible()
  await expect(best.locator('ins').first()).toBeVisible()
  await expect(best.getByText(/only in your text/).first()).toBeAttached()
})

test('a claim nobody made is not found', async ({ page }) => {
  await page.goto('/check')
  await checkText(page, UNKNOWN)
  await expect(verdict(page, 'Not found')).toBeVisible()
  await expect(page.locator('[data-match-id]')).toHaveCount(0)
})

test('a text too long for a link is still checked, and the page says the link does not hold it', async ({
  page,
}) => {
  await page.goto('/check')
  const long = `${QUOTED} ${'Other paragraphs of the article follow here, about other things. '.repeat(40)}`
  expect(long.length).toBeGreaterThan(2000)
  await checkText(page, long)
  await expect(page.getByRole('note')).toContainText('more than a link can carry')
  await expect(verdict(page, 'Verbatim')).toBeVisible()
  expect(new URL(page.url()).searchParams.get('text')).toBeNull()

  // A link cut at the limit says so.
  await page.goto(`/check?text=${encodeURIComponent(long)}`)
  await expect(page.getByRole('note')).toContainText('may have been cut')
  await expect(verdict(page, 'Verbatim')).toBeVisible()
})

test('keyboard only: reach the field from the header, type, check', async ({ page }) => {
  await page.goto('/')
  await waitForApp(page)
  await page.getByRole('link', { name: 'Check a quote' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Did he say that?' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'Text to check' })).toBeFocused()
  await page.keyboard.type(UNKNOWN)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(verdict(page, 'Not found')).toBeVisible()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${colorScheme}), and 360 px needs no sideways scrolling`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto(`/check?text=${encodeURIComponent(REWORDED)}`)
    await expect(verdict(page)).toBeVisible()
    await waitForApp(page)
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    await page.goto(`/check?text=${encodeURIComponent(QUOTED)}`)
    await expect(verdict(page)).toBeVisible()
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    await page.setViewportSize({ width: 360, height: 740 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
}
