import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { waitForApp } from './support/app-ready'
import { watchPageErrors } from './support/page-errors'

/**
 * The workspace on /add, against the production build: a pasted article corrected, saved,
 * still there after a reload, exported as a .zip corpus folder and imported back; two tabs in
 * step; IndexedDB failures (none, blocked, quota full) said plainly, with the text kept and
 * downloadable; entries that cannot be read kept aside. The article is written for the test.
 */
const ARTICLE = `Head of State sets out the Assembly's tasks for the coming year

ASTANA, 27 April 2023 – Our correspondent reports from the XXXII session of the Assembly of People of Kazakhstan.

The meeting took place in the Palace of Peace and Reconciliation.

President Kassym-Jomart Tokayev said that a new national identity has been formed in Kazakhstan over the years of independence.

“Every citizen must work for the unity of our people,” the President said.`

const statements = (page: Page) => page.locator('[data-draft-id]')
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save to your workspace' })
const workspaceList = (page: Page) => page.getByRole('list', { name: 'Saved documents' })

async function paste(page: Page) {
  await page.goto('/add')
  await waitForApp(page)
  await page.getByRole('textbox', { name: 'Document text' }).fill(ARTICLE)
  await expect(statements(page)).toHaveCount(2, { timeout: 20_000 })
}

test('an article corrected, saved, still there after a reload, exported and imported back', async ({
  page,
}, testInfo) => {
  const errors = watchPageErrors(page)
  await paste(page)
  await expect(page.getByText('No saved documents yet.')).toBeVisible()

  // Corrections: the direct quote becomes reported; a narration passage becomes a statement.
  await statements(page)
    .nth(1)
    .getByRole('combobox', { name: 'Kind of statement' })
    .selectOption('reported')
  await expect(statements(page).nth(1)).toContainText('Reported')
  const leftOut = page.getByRole('region', { name: /Left out/ })
  await leftOut
    .getByRole('listitem')
    .filter({ hasText: 'The meeting took place' })
    .getByRole('button', { name: 'Take this passage as a statement' })
    .click()
  await expect(statements(page)).toHaveCount(3)
  await expect(statements(page).nth(0)).toContainText('The meeting took place')

  await saveButton(page).click()
  await expect(page.getByText(/Saved to your workspace as article-2023-xxxii-/)).toBeVisible()
  await expect(workspaceList(page).getByRole('listitem')).toHaveCount(1)

  await page.reload()
  await waitForApp(page)
  const item = workspaceList(page).getByRole('listitem')
  await expect(item).toHaveCount(1)
  await expect(item).toContainText(
    "Head of State sets out the Assembly's tasks for the coming year",
  )
  await expect(item).toContainText('2 corrections')

  // Opened again, the document is built with its corrections.
  await item.getByRole('button', { name: /^Open/ }).click()
  await expect(statements(page)).toHaveCount(3, { timeout: 20_000 })
  await expect(statements(page).nth(2)).toContainText('Reported')

  // Export: a corpus folder with the text, its metadata, the sessions and the corrections.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the workspace (.zip)' }).click(),
  ])
  const zipPath = testInfo.outputPath('workspace.zip')
  await download.saveAs(zipPath)
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)))
  const names = Object.keys(files).sort()
  const id = names.find((n) => n.endsWith('.txt'))!.slice('sources/'.length, -'.txt'.length)
  expect(names).toEqual(
    [
      `sources/${id}.meta.json`,
      `sources/${id}.txt`,
      'overrides.json',
      'sessions.json',
      'workspace.json',
    ].sort(),
  )
  expect(strFromU8(files[`sources/${id}.txt`]!)).toBe(ARTICLE)
  const overrides = JSON.parse(strFromU8(files['overrides.json']!)) as Record<string, object>
  expect(Object.values(overrides)).toEqual(
    expect.arrayContaining([
      { kind: 'reported' },
      expect.objectContaining({ passage: expect.objectContaining({ source: id }) }),
    ]),
  )

  // Delete, with undo; then delete for real and import the .zip back.
  await item.getByRole('button', { name: /^Delete/ }).click()
  await expect(workspaceList(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(workspaceList(page).getByRole('listitem')).toHaveCount(1)
  await workspaceList(page)
    .getByRole('button', { name: /^Delete/ })
    .click()
  await expect(page.getByText('No saved documents yet.')).toBeVisible()
  await page.getByLabel('Import a workspace (.zip)').setInputFiles(zipPath)
  await expect(page.getByText('From “workspace.zip”: 1 document added.')).toBeVisible()
  await expect(workspaceList(page).getByRole('listitem')).toContainText('2 corrections')

  // A file that is no zip is refused with a message; nothing changes.
  await page.getByLabel('Import a workspace (.zip)').setInputFiles({
    name: 'notes.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('not a zip at all'),
  })
  await expect(
    page.getByText('“notes.zip” is not a .zip file: nothing was imported.'),
  ).toBeVisible()
  await expect(workspaceList(page).getByRole('listitem')).toHaveCount(1)
  expect(errors).toEqual([])
})

test('two tabs stay in step', async ({ page, context }) => {
  const other = await context.newPage()
  await other.goto('/add')
  await waitForApp(other)
  await expect(other.getByText('No saved documents yet.')).toBeVisible()
  await paste(page)
  await saveButton(page).click()
  await expect(workspaceList(other).getByRole('listitem')).toHaveCount(1)
  await expect(other.getByText('Updated with a change made in another tab.')).toBeVisible()
})

const failures = {
  'no IndexedDB (a private window)': {
    script: () => Object.defineProperty(window, 'indexedDB', { get: () => undefined }),
    message: 'This browser does not let the page keep documents',
  },
  'a blocked database': {
    script: () => {
      IDBFactory.prototype.open = function () {
        const request = {} as IDBOpenDBRequest
        setTimeout(() => request.onblocked?.(new Event('blocked') as IDBVersionChangeEvent), 10)
        return request
      }
    },
    message: 'The workspace is held by another tab of this site',
  },
  'a full quota': {
    script: () => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    },
    message: 'The browser’s storage for this site is full',
  },
}

for (const [name, { script, message }] of Object.entries(failures))
  test(`${name}: a clear message, and the document stays on the page, downloadable`, async ({
    page,
  }) => {
    await page.addInitScript(script)
    await paste(page)
    await saveButton(page).click()
    const alert = page
      .getByRole('alert')
      .filter({ hasText: message })
      .filter({ hasText: 'Nothing is lost' })
    await expect(alert).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Document text' })).toHaveValue(ARTICLE)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download this document (.zip)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^article-2023-xxxii-.*\.zip$/)
  })

test('a saved entry that cannot be read is kept aside and offered for download', async ({
  page,
}) => {
  await page.goto('/add')
  await waitForApp(page)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('assembly-explorer-workspace')
        request.onupgradeneeded = () => request.result.createObjectStore('documents')
        request.onsuccess = () => {
          const tx = request.result.transaction('documents', 'readwrite')
          tx.objectStore('documents').put({ version: 1, id: 'broken-doc', text: 42 }, 'broken-doc')
          tx.oncomplete = () => {
            request.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
        request.onerror = () => reject(request.error)
      }),
  )
  await page.reload()
  await waitForApp(page)
  await expect(page.getByText('1 saved entry cannot be read')).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download broken-doc' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('workspace-kept-aside-broken-doc.json')
  await page.getByRole('button', { name: 'Delete broken-doc' }).click()
  await page.getByRole('button', { name: 'Yes, delete it for good' }).click()
  await expect(page.getByText('1 saved entry cannot be read')).toHaveCount(0)
})

test('keyboard only: save with the keyboard; the workspace list is reachable', async ({ page }) => {
  await paste(page)
  await saveButton(page).focus()
  await page.keyboard.press('Enter')
  await expect(workspaceList(page).getByRole('listitem')).toHaveCount(1)
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toBeVisible()
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`with a saved document: axe finds no violations (${colorScheme}); 360 px needs no sideways scrolling`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    await paste(page)
    await saveButton(page).click()
    await expect(workspaceList(page).getByRole('listitem')).toHaveCount(1)
    await statements(page).nth(0).getByText('Change the topics').click()
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    await page.setViewportSize({ width: 360, height: 740 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
