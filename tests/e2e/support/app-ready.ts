import type { Page } from '@playwright/test'

/**
 * Waits until the app is live on the page. A prerendered page (see src/app/prerender.tsx)
 * shows its content at once but stays `inert` until the app replaces it; Playwright's clicks
 * and fills wait for that by themselves, but raw keyboard input, focus checks and axe scans
 * must wait here. On a page that is not prerendered this is the wait for its heading.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('#root:not([inert])').waitFor({ state: 'attached' })
  await page.getByRole('heading', { level: 1 }).waitFor()
}
