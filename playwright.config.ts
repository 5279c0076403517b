import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import { CHROME_FLAGS, CHROME_PATH } from './scripts/chromium'

const port = Number(process.env.E2E_PORT ?? 4173)
// Lets several builds be tested side by side (e.g. a sub-path build); defaults to dist/.
const outDir = process.env.E2E_DIST ?? 'dist'
const subpathDir = process.env.E2E_SUBPATH_DIST ?? 'dist-subpath'
/** Origin of the sub-path build served without rewrites (see scripts/serve-static.ts). */
/** Whether the sub-path build exists (so its server runs and its tests apply). */
export const HAS_SUBPATH_BUILD = existsSync(subpathDir)
export const SUBPATH_ORIGIN = `http://127.0.0.1:${port + 1}`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The built site registers a service worker (src/app/service-worker.ts) that caches pages
    // and answers before the network: tests that stub responses (page.route) or count requests
    // would see its cache instead. Each test's context is new (no worker survives a test), and
    // workers are off unless a test asks for them (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      // Never a downloaded browser: the system Chromium (Debian's package) is the one we test.
      executablePath: CHROME_PATH,
      args: [...CHROME_FLAGS],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // The production build, as `vite preview` serves it.
      command: `npx vite preview --strictPort --port ${port} --host 127.0.0.1 --outDir ${outDir}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // Only when that build exists (`npm run test:e2e` makes it; partial runs may skip it).
    ...(existsSync(subpathDir)
      ? [
          {
            // The sub-path build (BASE_PATH=/explorer/) on a host without rewrite rules.
            command: `npx tsx scripts/serve-static.ts --dir ${subpathDir} --base /explorer/ --port ${port + 1}`,
            url: `http://127.0.0.1:${port + 1}/explorer/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
})
