import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-ris'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { parse as parseCsv } from 'csv-parse/sync'
import { JSDOM } from 'jsdom'
import { waitForApp } from './support/app-ready'
import { readBuiltCorpus } from './support/built-corpus'
import { watchPageErrors } from './support/page-errors'

/**
 * Data out (issue 16) against the production build and the real corpus: exports of what a
 * view shows, the corpus as a dataset, citations, reading tools, offline.
 */

const corpus = readBuiltCorpus()
test.skip(corpus.quotes.length === 0, 'the corpus is still the empty placeholder')

const summary = (page: Page) => page.locator('[data-result-count]')
const exportButton = (page: Page, format: string) =>
  page.getByRole('group', { name: 'Export these statements' }).getByRole('button', {
    name: format,
    exact: true,
  })

/** Every statement the (virtualised) result list shows, scrolling through it. */
async function idsOnScreen(page: Page): Promise<string[]> {
  const count = Number(await summary(page).getAttribute('data-result-count'))
  const seen = new Map<number, string>()
  for (let i = 0; i < 200 && seen.size < count; i++) {
    const rows = await page
      .locator('li[data-result-index]')
      .evaluateAll((lis) =>
        lis.map((li) => [
          Number(li.getAttribute('data-result-index')),
          li.querySelector('[data-quote-id]')?.getAttribute('data-quote-id') ?? '',
        ]),
      )
    for (const [index, id] of rows) seen.set(index as number, id as string)
    await page.mouse.wheel(0, 600)
    await page.waitForTimeout(50)
  }
  expect(seen.size).toBe(count)
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id)
}

async function download(page: Page, format: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    exportButton(page, format).click(),
  ])
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') }
}

test('an export of a filtered explorer view holds exactly the statements on screen', async ({
  page,
}) => {
  const errors = watchPageErrors(page)
  await page.goto('/quotes?q=kazakh+language&session=31')
  await expect(summary(page)).toHaveAttribute('data-result-query', 'kazakh language')
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
  const onScreen = await idsOnScreen(page)
  expect(onScreen.length).toBeGreaterThan(0)

  const csv = await download(page, 'CSV')
  expect(csv.name).toBe('kazakh-language-session-31.csv')
  const rows = parseCsv(csv.text, { bom: true, columns: true }) as Record<string, string>[]
  expect(rows.map((r) => r.id)).toEqual(onScreen)
  const byId = new Map(corpus.quotes.map((q) => [q.id, q]))
  for (const row of rows) expect(row.text).toBe(byId.get(row.id!)!.text)
  expect(rows[0]!.filters).toBe('Search: “kazakh language”; Session: XXXI session (29 April 2022)')
  expect(rows[0]!.view).toMatch(/\/quotes\?q=kazakh\+language&session=31$/)
  expect(Date.parse(rows[0]!.exported_at!)).toBeGreaterThan(Date.now() - 60_000)

  const json = await download(page, 'JSON')
  expect(json.name).toBe('kazakh-language-session-31.json')
  const file = JSON.parse(json.text) as { statements: { id: string }[] }
  expect(file.statements.map((s) => s.id)).toEqual(onScreen)
  expect(errors).toEqual([])
})

test('a filtered session page exports the statements it lists', async ({ page }) => {
  await page.goto('/sessions/32?kind=direct')
  await waitForApp(page)
  const listed = await page
    .locator('main [data-quote-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-id')))
  expect(listed.length).toBeGreaterThan(0)
  const md = await download(page, 'Markdown')
  expect(md.name).toBe('session-32-direct.md')
  const links = [...md.text.matchAll(/^Link: <[^>]*\/quotes\/([^>]+)>$/gm)].map((m) => m[1])
  expect(links).toEqual(listed)
  expect(md.text).toContain('Filters: Kind: direct quotation.')
  const ris = await download(page, 'RIS')
  expect(ris.text.match(/^TY {2}- /gm)).toHaveLength(listed.length)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the export controls are accessible on a topic page (${colorScheme})`, async ({ page }) => {
    test.slow() // axe over a long page, on a shared machine
    const topic = corpus.topics.find((t) => corpus.quotes.some((q) => q.topicIds.includes(t.id)))!
    await page.emulateMedia({ colorScheme })
    await page.goto(`/topics/${topic.id}`)
    await waitForApp(page)
    await expect(exportButton(page, 'BibTeX')).toBeVisible()
    const scan = await new AxeBuilder({ page }).include('main').analyze()
    expect(scan.violations).toEqual([])
  })
}

test.describe('/data', () => {
  async function save(page: Page, name: string) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name, exact: true }).click(),
    ])
    expect(file.suggestedFilename()).toBe(name)
    return readFileSync((await file.path())!, 'utf8')
  }

  test('the CSV and JSON hold one row per statement, texts verbatim', async ({ page, baseURL }) => {
    const errors = watchPageErrors(page)
    await page.goto('/data')
    await waitForApp(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The corpus as a dataset')
    const byId = new Map(corpus.quotes.map((q) => [q.id, q]))

    const rows = parseCsv(await save(page, 'statements.csv'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[]
    expect(rows).toHaveLength(corpus.quotes.length)
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(byId.keys()))
    for (const row of rows) {
      expect(row.text).toBe(byId.get(row.id!)!.text)
      expect(row.permalink).toBe(`${baseURL}/quotes/${row.id}`)
    }

    const json = JSON.parse(await save(page, 'statements.json')) as { id: string; text: string }[]
    expect(json.map((r) => [r.id, r.text])).toEqual(corpus.quotes.map((q) => [q.id, q.text]))

    const pkg = JSON.parse(await save(page, 'datapackage.json'))
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual([
      'statements.csv',
      'statements.json',
    ])
    await expect(page.getByText('belong to their publishers')).toBeVisible()
    expect(errors).toEqual([])
  })

  for (const colorScheme of ['light', 'dark'] as const)
    test(`is axe-clean and fits 360 px (${colorScheme})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 })
      await page.emulateMedia({ colorScheme })
      await page.goto('/data')
      await waitForApp(page)
      const scan = await new AxeBuilder({ page }).analyze()
      expect(scan.violations).toEqual([])
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    })

  test('every list view links to it beside its export', async ({ page }) => {
    await page.goto('/sessions/31')
    await waitForApp(page)
    await page.getByRole('link', { name: 'or the whole corpus as a dataset' }).click()
    await expect(page).toHaveURL(/\/data$/)
  })
})

test.describe('citations', () => {
  const quote = corpus.quotes.find((q) => q.kind === 'direct') ?? corpus.quotes[0]!
  const speaker = corpus.speakers.find((s) => s.id === quote.speakerId)!
  const session = corpus.sessions.find((s) => s.id === quote.sessionId)!

  test('a statement page carries the metadata Zotero reads, read back into its fields', async ({
    request,
    baseURL,
  }) => {
    const html = await (await request.get(`/quotes/${quote.id}`)).text()
    const head = new JSDOM(html).window.document.head
    // As Zotero's Embedded Metadata translator reads them: <meta name|property content> in <head>.
    const all = (name: string) =>
      [...head.querySelectorAll('meta')]
        .filter((m) => (m.getAttribute('name') ?? m.getAttribute('property')) === name)
        .map((m) => m.getAttribute('content'))
    const one = (name: string) => all(name)[0]
    expect(one('citation_title')).toContain(quote.text.replace(/\s+/g, ' ').slice(0, 60))
    expect(all('citation_author')).toEqual([speaker.name])
    expect(one('citation_date')).toBe(session.date.replace(/-/g, '/'))
    expect(one('citation_conference_title')).toBe(
      `${session.roman} session of the Assembly of People of Kazakhstan`,
    )
    expect(one('citation_abstract')).toBe(quote.text)
    expect(one('DC.creator')).toBe(speaker.name)
    expect(one('DC.source')).toBe(corpus.sources.find((s) => s.id === quote.sourceId)!.title)
    const url = one('citation_public_url')!
    expect(new URL(url, baseURL).pathname).toBe(`/quotes/${quote.id}`)
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url)
    expect(one('og:url')).toBe(url)
    expect(one('og:title')).toBe(head.querySelector('title')?.textContent)
    expect(one('description')).toContain(speaker.name)
    expect(one('twitter:card')).toBe('summary')
  })

  test('every page has its own description and canonical link; sitemap.xml lists them all', async ({
    request,
  }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!, 'http://x').pathname,
    )
    expect(locs).toContain(`/quotes/${quote.id}`)
    expect(locs).toContain('/data')
    expect(locs).toContain(`/ru/sessions/${session.id}`)
    const descriptions = new Set<string>()
    for (const path of [
      '/',
      '/sessions',
      `/sessions/${session.id}`,
      '/topics',
      '/data',
      `/quotes/${quote.id}`,
    ]) {
      expect(locs).toContain(path)
      const head = new JSDOM(await (await request.get(path)).text()).window.document.head
      expect(head.querySelectorAll('meta[name="description"]')).toHaveLength(1)
      descriptions.add(head.querySelector('meta[name="description"]')!.getAttribute('content')!)
      expect(
        new URL(head.querySelector('link[rel="canonical"]')!.getAttribute('href')!, 'http://x')
          .pathname,
      ).toBe(path)
      expect(head.querySelector('meta[property="og:description"]')).not.toBeNull()
    }
    expect(descriptions.size).toBe(6)
  })

  test('a statement can be saved as BibTeX and RIS that parsers read', async ({ page }) => {
    await page.goto(`/quotes/${quote.id}`)
    await waitForApp(page)
    const [bib] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download BibTeX' }).click(),
    ])
    const library = parseBibtex(readFileSync((await bib.path())!, 'utf8'))
    expect(library.errors).toEqual([])
    expect(library.entries[0]!.fields.url).toMatch(new RegExp(`/quotes/${quote.id}$`))
    const [ris] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download RIS' }).click(),
    ])
    const items = new Cite(readFileSync((await ris.path())!, 'utf8')).data as { author: unknown }[]
    expect(items[0]!.author).toEqual([{ literal: speaker.name }])
  })
})
