import type { Page } from '@playwright/test'

/**
 * Collects everything that would tell a user (or a developer) that the page broke:
 * console errors, uncaught exceptions, and dialogs (which an injected script would open).
 * Tests assert the returned list stays empty.
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return errors
}
