/**
 * Runs before the browser tests: they drive the system Chromium, never a downloaded one.
 * Fails (rather than letting tests skip) with the exact command that installs it.
 */
import { accessSync, constants } from 'node:fs'
import { CHROME_PATH } from './chromium'

const path = CHROME_PATH
try {
  accessSync(path, constants.X_OK)
} catch {
  console.error(
    `Chromium was not found at ${path}.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at an existing Chromium or Chrome binary.',
  )
  process.exit(1)
}
