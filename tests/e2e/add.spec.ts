import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { watchPageErrors } from './support/page-errors'

/**
 * /add against the production build: a news article pasted as a user copies it from a web page,
 * the metadata suggested from it, the CLI's pipeline run in a worker, the preview of statements
 * and left-out passages, corrections, files, a 10,000-word document, accessibility.
 * The article is written here for the test.
 */
const ARTICLE = `Head of State sets out the Assembly's tasks for the coming year

ASTANA, 27 April 2023 – Our correspondent reports from the XXXII session of the Assembly of People of Kazakhstan.

The meeting took place in the Palace of Peace and Reconciliation.

President Kassym-Jomart Tokayev said that a new national identity has been formed in Kazakhstan over the years of independence.

“Every citizen must work for the unity of our people,” the President said.`

const textField = (page: Page) => page.getByRole('textbox', { name: 'Document text' })

test('a pasted article: suggested metadata, then every statement and every left-out passage, before anything is kept', async ({
  page,
}) => {
  const errors = watchPageErrors(page)
  await page.goto('/add')
  await waitForApp(page)
  await textField(page).fill(ARTICLE)
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(
    "Head of State sets out the Assembly's tasks for the coming year",
  )
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2023-04-27')
  await expect(page.getByRole('combobox', { name: 'Session' })).toHaveValue('32')
  await expect(page.getByRole('combobox', { name: 'Kind', exact: true })).toHaveValue('article')
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en')

  const statements = page.locator('[data-draft-id]')
  await expect(statements).toHaveCount(2)
  await expect(statements.nth(0)).toContainText('a new national identity has been formed')
  await expect(statements.nth(0)).toContainText('Reported')
  await expect(statements.nth(1)).toContainText(
    'Every citizen must work for the unity of our people',
  )
  await expect(statements.nth(1)).toContainText('Direct quote')
  // Against the published corpus: the factsheet says the same of national identity.
  await expect(statements.nth(0).getByText('Corroborated by:').first()).toBeVisible()
  const leftOut = page.getByRole('region', { name: /Left out/ })
  await expect(leftOut).toContainText(
    'The meeting took place in the Palace of Peace and Reconciliation.',
  )
  await expect(leftOut).toContainText('reports nobody’s words')
  await expect(leftOut).toContainText('Why: the title')

  // A correction: exclude the quote; it can be brought back.
  await statements.nth(1).getByRole('button', { name: 'Exclude this statement' }).click()
  await expect(statements).toHaveCount(1)
  await page.getByRole('button', { name: 'Include it again' }).click()
  await expect(statements).toHaveCount(2)
  expect(errors).toEqual([])
})

test('a new session can be entered when the text names one the corpus lacks', async ({ page }) => {
  await page.goto('/add')
  await textField(page).fill(
    ARTICLE.replace('XXXII session', 'XXXIII session').replace('27 April 2023', '29 April 2024'),
  )
  await expect(page.getByRole('combobox', { name: 'Session' })).toHaveValue('__new__')
  await expect(page.getByRole('textbox', { name: 'Number' })).toHaveValue('33')
  await expect(page.locator('[data-draft-id]')).toHaveCount(2)
})

test('files: HTML without its scripts and styles, and an unreadable file refused with a message', async ({
  page,
}) => {
  const errors = watchPageErrors(page)
  await page.goto('/add')
  await waitForApp(page)
  const html = `<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>
    <h1>Head of State sets out the Assembly's tasks</h1><script>document.title='pwned'</script>
    <p>President Kassym-Jomart Tokayev said that a new national identity has been formed in Kazakhstan over the years of independence.</p>
    </body></html>`
  await page.getByLabel(/Or choose a file/).setInputFiles({
    name: 'article.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  })
  await expect(page.getByRole('status').filter({ hasText: 'Read “article.html”' })).toBeVisible()
  const value = await textField(page).inputValue()
  expect(value).toContain('a new national identity has been formed')
  expect(value).not.toContain('alert')
  expect(value).not.toContain('color:red')
  await page.getByLabel(/Or choose a file/).setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4'),
  })
  await expect(page.getByText('is not a file this page reads')).toBeVisible()
  expect(errors).toEqual([])
})

// How fast (under 1 s, typing never blocked) is measured by `npm run bench` (measure-add.ts),
// on an idle machine and at several corpus sizes, not asserted here where other tests share it.
test('a 10,000-word document is processed, rebuilt on a change, and typing goes on meanwhile', async ({
  page,
}) => {
  // As a transcript it has over a thousand statements, each with its corrections: on a shared,
  // loaded machine rendering them takes longer than the default test time.
  test.slow()
  await page.goto('/add')
  await waitForApp(page)
  const paragraph =
    'President Kassym-Jomart Tokayev said that the Assembly must strengthen the unity of the people of Kazakhstan. The hall was full. '
  let long =
    'A long report of the session\n\nASTANA, 27 April 2023 – From the XXXII session of the Assembly.\n\n'
  while (long.split(/\s+/).length < 10_000) long += `${paragraph}Paragraph ${long.length}.\n\n`
  await textField(page).fill(long)
  const summary = page.getByTestId('add-summary')
  await expect(summary).toBeVisible({ timeout: 30_000 })
  const first = (await summary.textContent()) ?? ''
  expect(Number(/^(\d+) statements/.exec(first)?.[1])).toBeGreaterThan(300)

  // A change rebuilds in the running worker; keys typed meanwhile all land.
  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('transcript')
  const title = page.getByRole('textbox', { name: 'Title' })
  await title.fill('')
  await title.pressSequentially('Unity and the state language', { delay: 20 })
  await expect(title).toHaveValue('Unity and the state language')
  await expect(summary).not.toHaveText(first, { timeout: 30_000 })
  await expect(summary).toContainText('statements found')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${colorScheme}); 360 px needs no sideways scrolling`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/add')
    await waitForApp(page)
    await textField(page).fill(ARTICLE)
    await expect(page.locator('[data-draft-id]')).toHaveCount(2)
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    await page.setViewportSize({ width: 360, height: 740 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
}
