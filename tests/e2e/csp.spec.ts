/**
 * Content-Security-Policy (scripts/build/csp-plugin.ts): every built page carries a strict
 * policy in a <meta>, every inline script and style in it is allowed by hash and nothing
 * else is, and the app runs under it, in every kind of view and language, without a single
 * violation. A negative control checks that the policy really is enforced.
 */
import { createHash } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { readBuiltCorpus } from './support/built-corpus'

const outDir = process.env.E2E_DIST ?? 'dist'
const corpus = readBuiltCorpus()

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return htmlFiles(path)
    return name.endsWith('.html') ? [path] : []
  })
}

/** The address each built page is served at. */
const pages = htmlFiles(outDir).map((file) => {
  const path = `/${relative(outDir, file).split(sep).join('/')}`
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path
})

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    }),
  )

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

test('every built page carries a strict policy that allows exactly its own inline code', async ({
  request,
}) => {
  test.setTimeout(240_000)
  expect(pages.length).toBeGreaterThan(100)
  const texts = new Map<string, string>()
  for (let i = 0; i < pages.length; i += 8)
    await Promise.all(
      pages
        .slice(i, i + 8)
        .map(async (path) => texts.set(path, await (await request.get(path)).text())),
    )
  // Problems are collected and checked once: 300+ pages times a dozen checks each.
  const problems: string[] = []
  const check = (ok: boolean, what: string) => void (ok || problems.push(what))
  for (const path of pages) {
    const html = texts.get(path) ?? ''
    const metas = [
      ...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g),
    ]
    check(metas.length === 1, `${path}: ${metas.length} policies`)
    const policy = directives(metas[0]?.[1] ?? '')
    check(policy.get('default-src')?.join(' ') === "'self'", `${path}: default-src`)
    check(policy.get('object-src')?.join(' ') === "'none'", `${path}: object-src`)
    check(policy.get('base-uri')?.join(' ') === "'self'", `${path}: base-uri`)
    for (const [name, values] of policy)
      for (const value of values)
        // No third-party origin, no wildcard, no inline or eval escape hatch.
        check(
          /^('self'|'none'|'sha256-[A-Za-z0-9+/=]+')$/.test(value) ||
            (name === 'img-src' && value === 'data:'),
          `${path}: ${name} ${value}`,
        )
    // It comes before every script, so it governs all of them.
    check(
      html.indexOf('Content-Security-Policy') < html.indexOf('<script'),
      `${path}: policy after a script`,
    )
    const inline = new Set(
      [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
        .filter(([, attributes = '']) => !attributes.includes('src='))
        .map(([, , body = '']) => hash(body)),
    )
    const allowed = (policy.get('script-src') ?? []).filter((v) => v.startsWith("'sha256-"))
    check(
      allowed.length === inline.size && [...inline].every((h) => allowed.includes(h)),
      `${path}: the hashes allowed are not exactly those of its inline scripts`,
    )
  }
  expect(problems).toEqual([])
})

/** Records policy violations from the first moment of the page, and console reports of them. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) seen.push(message.text())
  })
  await page.exposeFunction('__reportViolation', (text: string) => seen.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (t: string) => void })
        .__reportViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}`)
    })
  })
  return seen
}

const quote = corpus.quotes[0]!
const views = [
  '/',
  '/quotes',
  '/quotes?q=language&session=32',
  `/quotes/${quote.id}`,
  '/sessions',
  `/sessions/${corpus.sessions[0]!.number}`,
  '/topics',
  `/topics/${corpus.topics[0]!.id}`,
  `/sources/${corpus.sources[0]!.id}`,
  '/bookmarks',
  `/bookmarks/shared?ids=${quote.id}`,
  '/kk/',
  `/ru/quotes/${quote.id}`,
  '/no/such/page',
]

for (const path of views)
  test(`${path}: the app runs under the policy without a violation`, async ({ page }) => {
    const violations = await watchViolations(page)
    await page.goto(path)
    if (path === '/no/such/page') await page.getByRole('heading', { level: 1 }).waitFor()
    else await waitForApp(page)
    await page.waitForLoadState('networkidle')
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1)
    expect(violations).toEqual([])
  })

test('searching (worker), bookmarking, exporting and importing raise no violation', async ({
  page,
}) => {
  const violations = await watchViolations(page)
  await page.goto('/quotes')
  await waitForApp(page)
  await page.getByRole('searchbox', { name: /^Search words/ }).fill('language')
  await page.getByRole('button', { name: 'Bookmark', exact: true }).first().click()
  await page.goto('/bookmarks')
  await waitForApp(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  await download
  await page.getByLabel('Import bookmarks from a JSON file').setInputFiles({
    name: 'b.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'assembly-explorer-bookmarks',
        formatVersion: 1,
        bookmarks: [{ quoteId: corpus.quotes[1]!.id }],
      }),
    ),
  })
  await expect(page.getByRole('heading', { name: 'Before importing “b.json”' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
})

test('the policy is enforced: an inline script injected into the page does not run', async ({
  page,
}) => {
  const violations = await watchViolations(page)
  await page.goto('/quotes')
  await waitForApp(page)
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__planted = 1'
    document.body.append(script)
  })
  await expect.poll(() => violations.length).toBeGreaterThan(0)
  expect(await page.evaluate(() => (window as { __planted?: number }).__planted)).toBeUndefined()
})
