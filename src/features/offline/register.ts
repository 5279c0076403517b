/**
 * Registers the service worker (src/app/service-worker.ts, built by vite-plugin-pwa) with
 * Workbox's workbox-window, and shows the update notice when a newer build is waiting.
 * src/app/main.tsx imports and calls this once the page is idle, so none of it is in the first
 * load. A browser without service workers does nothing.
 *
 * Updates are the visitor's call ("prompt"): a new worker installs beside the running one and
 * waits; "Reload" tells it to take over (SKIP_WAITING) and reloads the page once it has.
 */
import type { I18n } from '@lingui/core'
import { Workbox } from 'workbox-window'
import { showUpdateNotice } from './update-notice'

/** How often an open page asks for a newer version (browsers also ask on each page load). */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/** Starts offline use; the notice speaks through the app's Lingui instance (see update-notice). */
export function registerOffline(i18n: I18n): void {
  if (!('serviceWorker' in navigator)) return
  const base = import.meta.env.BASE_URL
  const worker = new Workbox(`${base}service-worker.js`, { scope: base })
  let noticeShown = false
  worker.addEventListener('waiting', () => {
    if (noticeShown) return
    noticeShown = true
    showUpdateNotice(i18n, {
      onReload: () => {
        worker.addEventListener('controlling', () => window.location.reload())
        worker.messageSkipWaiting()
      },
    })
  })
  worker.register({ immediate: true }).then(
    (registration) => {
      if (registration) setInterval(() => void registration.update(), UPDATE_CHECK_MS)
    },
    // Refused (storage turned off, a private window, a blocking policy): the site works as
    // before, online only.
    (error: unknown) => console.warn('Offline use is not available in this browser:', error),
  )
}
