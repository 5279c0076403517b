/**
 * The one Chromium every browser run here uses: the system's (Debian's package), never a
 * downloaded build, with the flags that keep it quiet on a machine without a network.
 * Shared by playwright.config.ts, the benchmark and the first-load budget check.
 */
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
