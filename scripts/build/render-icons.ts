/**
 * Renders the app's PNG icons from public/icons/icon.svg with the system Chromium, for the
 * web app manifest (vite.config.ts): 192 and 512 px, and a 512 px "maskable" one whose
 * background fills the square (platforms cut their own shape; the mark stays inside the
 * central safe circle). The PNGs are committed; run this after changing the SVG:
 *
 *   npx tsx scripts/build/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROME_FLAGS, CHROME_PATH } from '../chromium'

const dir = resolve(import.meta.dirname, '../../public/icons')
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8')
const fullBleed = svg.replace(/\s+rx="\d+"/, '')

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_FLAGS] })
try {
  const page = await browser.newPage()
  for (const [name, size, source] of [
    ['icon-192.png', 192, svg],
    ['icon-512.png', 512, svg],
    ['icon-maskable-512.png', 512, fullBleed],
  ] as const) {
    await page.setViewportSize({ width: size, height: size })
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    )
    writeFileSync(
      resolve(dir, name),
      await page.locator('svg').screenshot({ omitBackground: true, type: 'png' }),
    )
  }
} finally {
  await browser.close()
}
