import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { HAS_SUBPATH_BUILD } from '../../playwright.config'
import { staticHost, type StaticHost } from '../../scripts/static-host'
import { waitForApp } from './support/app-ready'
import { readBuiltCorpus } from './support/built-corpus'
import { watchPageErrors } from './support/page-errors'

// The one spec with the service worker on (playwright.config.ts blocks it elsewhere). Each test
// serves the build from its own static host (as GitHub Pages would: no rewrites, 404.html for
// unknown paths), so it can take the host down to be really offline, and serve a newer build.
test.use({ serviceWorkers: 'allow' })

const BUILDS = [
  { name: 'the site', dir: process.env.E2E_DIST ?? 'dist', base: '/' },
  ...(HAS_SUBPATH_BUILD
    ? [
        {
          name: 'a sub-path build',
          dir: process.env.E2E_SUBPATH_DIST ?? 'dist-subpath',
          base: '/explorer/',
        },
      ]
    : []),
]

let host: StaticHost | undefined
test.afterEach(async () => {
  await host?.close()
  host = undefined
})

/** Waits until the service worker has precached the build and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 20_000,
  })
}

const corpus = readBuiltCorpus()
const quote = corpus.quotes[0]!
const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

for (const build of BUILDS) {
  test(`${build.name}: after one visit it works offline, in every language and at any address`, async ({
    page,
    context,
  }) => {
    host = await staticHost({ dir: build.dir, base: build.base })
    const site = host.url
    const errors = watchPageErrors(page)
    await page.goto(`${site}topics`)
    await waitForApp(page)
    await waitForServiceWorker(page)
    expect(errors).toEqual([])

    // Really offline: the host is down, and the browser has no network.
    await host.close()
    await context.setOffline(true)

    await page.reload()
    await expect(h1(page)).toHaveText('Topics')
    await expect(page.locator('#root')).not.toHaveAttribute('inert')

    // Within the app: another view's code and the corpus come from the cache.
    const nav = page.getByRole('navigation', { name: 'Primary' })
    await nav.getByRole('link', { name: 'Quotes', exact: true }).click()
    await expect(h1(page)).toHaveText('Search the statements')
    await expect(page.getByRole('status').filter({ hasText: /^All \d+ statements$/ })).toBeVisible()

    // Pages never visited, in the other interface languages, by their address.
    await page.goto(`${site}ru/`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(
      page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Обзор' }),
    ).toBeVisible()
    await page.goto(`${site}kk/quotes/${quote.id}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    await expect(h1(page)).toBeVisible()
    await expect(page.getByText(quote.text.slice(0, 40)).first()).toBeVisible()

    // An address that is no page still says so.
    await page.goto(`${site}no/such/page`)
    await expect(h1(page)).toHaveText('Not found')
  })
}

test('a newer build is announced, and taken only when the visitor says so', async ({ page }) => {
  const dir = BUILDS[0]!.dir
  host = await staticHost({ dir })
  await page.goto(host.url)
  await waitForApp(page)
  await waitForServiceWorker(page)

  // A rebuilt corpus is a new service worker: its precache list names files that changed.
  const worker = readFileSync(join(dir, 'service-worker.js'), 'utf8')
  const rebuilt = worker.replace(
    /"revision":"[0-9a-f]+","url":"404\.html"/,
    '"revision":"rebuilt","url":"404.html"',
  )
  expect(rebuilt).not.toEqual(worker)
  host.replace('service-worker.js', rebuilt)

  // The browser looks for a newer worker when a page loads; the page says one is waiting.
  await page.reload()
  const notice = page.getByRole('region', { name: 'Update' })
  await expect(notice.getByRole('status')).toHaveText('A newer version of the corpus is available.')
  const scan = await new AxeBuilder({ page }).include('#update-notice').analyze()
  expect(scan.violations).toEqual([])

  // "Later" keeps this version; the notice comes back with the next page load.
  await notice.getByRole('button', { name: 'Later' }).click()
  await expect(notice).toHaveCount(0)
  await page.reload()
  await expect(notice).toBeVisible()
  const waiting = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null)
  expect(await waiting()).toBe(true)

  // "Reload": the new worker takes over and the page loads again under it.
  await Promise.all([
    page.waitForEvent('framenavigated'),
    notice.getByRole('button', { name: 'Reload' }).click(),
  ])
  await waitForApp(page)
  await expect(notice).toHaveCount(0)
  expect(await waiting()).toBe(false)
})

for (const build of BUILDS) {
  test(`${build.name}: the web app manifest describes an installable app, and its icons load`, async ({
    page,
    request,
  }) => {
    host = await staticHost({ dir: build.dir, base: build.base })
    await page.goto(host.url)
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    const manifestUrl = new URL(href!, page.url())
    const response = await request.get(manifestUrl.href)
    expect(response.ok()).toBe(true)
    const manifest = (await response.json()) as {
      name: string
      short_name: string
      start_url: string
      scope: string
      display: string
      theme_color: string
      background_color: string
      icons: { src: string; sizes: string; type: string; purpose?: string }[]
    }
    expect(manifest).toMatchObject({
      name: 'Assembly Explorer',
      short_name: expect.any(String),
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    })
    // The app opens at the site's front page, and the app is everything under it.
    const root = new URL(host.url).pathname
    expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(root)
    expect(new URL(manifest.scope, manifestUrl).pathname).toBe(root)

    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png')
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
    for (const icon of manifest.icons) {
      const file = await request.get(new URL(icon.src, manifestUrl).href)
      expect(file.ok(), icon.src).toBe(true)
      const bytes = await file.body()
      if (icon.type === 'image/png') {
        // A PNG's header names its width and height.
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes)
      } else {
        expect(icon.type).toBe('image/svg+xml')
        expect(bytes.toString('utf8')).toContain('<svg')
      }
    }
  })
}
