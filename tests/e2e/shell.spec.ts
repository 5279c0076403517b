import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { HAS_SUBPATH_BUILD, SUBPATH_ORIGIN } from '../../playwright.config'
import { waitForApp } from './support/app-ready'
import { watchPageErrors } from './support/page-errors'

const NAV = [
  { name: 'Overview', path: '/' },
  { name: 'Sessions', path: '/sessions' },
  { name: 'Topics', path: '/topics' },
  { name: 'Quotes', path: '/quotes' },
  { name: 'Check a quote', path: '/check' },
  { name: 'Add a document', path: '/add' },
  { name: 'Bookmarks', path: '/bookmarks' },
]

test('every primary navigation link opens its view and marks itself current', async ({ page }) => {
  const errors = watchPageErrors(page)
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Primary' })
  for (const item of NAV) {
    await nav.getByRole('link', { name: item.name, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${item.path.replace(/\//g, '\\/')}/?$`))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(nav.getByRole('link', { name: item.name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
  }
  expect(errors).toEqual([])
})

test('the header search opens the quote explorer with ?q=, and "/" focuses it', async ({
  page,
}) => {
  await page.goto('/topics')
  await waitForApp(page)
  await page.keyboard.press('/')
  const box = page.getByRole('search', { name: 'Search statements' }).getByRole('searchbox')
  await expect(box).toBeFocused()
  await box.fill('kazakh language')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/quotes\?q=kazakh\+language$/)
})

test('the footer names the corpus and its provenance', async ({ page }) => {
  await page.goto('/')
  const footer = page.getByRole('contentinfo')
  await expect(footer).toContainText(
    /2 sessions \(XXXI, XXXII\), 5 source documents, \d+ statements/,
  )
  await expect(footer).toContainText('verbatim')
})

test('an unknown route shows a not-found page with a way on', async ({ page }) => {
  const response = await page.goto('/no/such/page')
  expect(response?.status()).toBeLessThan(500)
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()
  await expect(page.getByText('/no/such/page')).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: 'overview' }).click()
  await expect(page).toHaveURL(/\/$/)
})

test('a failure while loading a view shows the error boundary, not a blank page', async ({
  page,
}) => {
  await page.route('**/assets/corpus-*.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"schemaVersion": 1, "quotes": 7}',
    }),
  )
  await page.goto('/sessions/32')
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('malformed')
  await expect(page.getByRole('banner')).toBeVisible() // the shell survives
  await page.unroute('**/assets/corpus-*.json')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeHidden()
})

test('dark mode follows the system preference', async ({ page }) => {
  // Tailwind 4 writes colours in oklch; let the canvas turn them into RGB to compare.
  const bodyLuminance = () =>
    page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!
      ctx.fillStyle = getComputedStyle(document.body).backgroundColor
      ctx.fillRect(0, 0, 1, 1)
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255
    })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  expect(await bodyLuminance()).toBeGreaterThan(0.95)
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await bodyLuminance()).toBeLessThan(0.1)
})

test('at 360 px wide nothing scrolls sideways and the navigation stays usable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/', '/sessions', '/topics', '/quotes', '/bookmarks']) {
    await page.goto(path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0)
    await expect(
      page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Quotes' }),
    ).toBeInViewport()
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the shell has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expect(page.getByRole('contentinfo')).toContainText('statements')
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([])
  })
}

test('keyboard: the skip link is first and moves to the main content', async ({ page }) => {
  await page.goto('/')
  await waitForApp(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('navigation moves focus to the new page heading and names the view in the title', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page
    .getByRole('navigation', { name: 'Primary' })
    .getByRole('link', { name: 'Topics' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page).toHaveTitle(/Topics · Assembly Explorer/)
})

test.describe('static build under a sub-path, on a host without rewrite rules', () => {
  test.skip(!HAS_SUBPATH_BUILD, 'run `npm run build:subpath` first (npm run test:e2e does)')

  test('a deep link the build has no page for boots the app from 404.html', async ({
    page,
    request,
  }) => {
    const direct = await request.get(`${SUBPATH_ORIGIN}/explorer/bookmarks`)
    expect(direct.status()).toBe(404) // the host knows nothing of the route…
    await page.goto(`${SUBPATH_ORIGIN}/explorer/bookmarks`)
    // …and the app still renders it, with links that keep the sub-path.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bookmarks')
    const href = await page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Topics' })
      .getAttribute('href')
    expect(href).toBe('/explorer/topics')
  })

  test('a prerendered deep link is its own page, and the app takes it over', async ({
    page,
    request,
  }) => {
    const errors = watchPageErrors(page)
    const direct = await request.get(`${SUBPATH_ORIGIN}/explorer/sessions/32`)
    expect(direct.status()).toBe(200)
    expect(await direct.text()).toContain('href="/explorer/topics"')
    await page.goto(`${SUBPATH_ORIGIN}/explorer/sessions/32`)
    await waitForApp(page)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/XXXII|32/)
    await page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Topics' })
      .click()
    await expect(page).toHaveURL(`${SUBPATH_ORIGIN}/explorer/topics`)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused() // a client-side navigation
    expect(errors).toEqual([])
  })

  test('404.html is the bare app shell', async ({ request }) => {
    const fallback = await (await request.get(`${SUBPATH_ORIGIN}/explorer/404.html`)).text()
    expect(fallback).toContain('<div id="root"></div>')
    expect(fallback).toContain('/explorer/assets/')
  })
})
