/** The system Chromium, launched the way the e2e tests launch it (see playwright.config.ts). */
import { chromium, type Browser } from '@playwright/test'
import { CHROME_FLAGS, CHROME_PATH } from '../chromium'

export { CHROME_FLAGS, CHROME_PATH }

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [...CHROME_FLAGS, '--enable-precise-memory-info'],
  })
}
