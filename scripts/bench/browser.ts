/** The system Chromium, launched the way the e2e tests launch it (see playwright.config.ts). */
import { chromium, type Browser } from '@playwright/test'

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [...CHROME_FLAGS, '--enable-precise-memory-info'],
  })
}
