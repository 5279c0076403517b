import type { I18n } from '@lingui/core'
import english from 'virtual:messages/en/offline'
import type Source from '@/i18n/messages/en/offline.json'
import { buttonClass, primaryButtonClass } from '@/components/button-styles'

/**
 * Says that a newer version (a new corpus, new code) is ready, and lets the visitor choose
 * when to switch: the page keeps running the version it started with until "Reload", so it
 * never mixes two. A region of its own at the foot of the window, outside the app's layout
 * (it may appear over any view, at any time); its message is announced politely, and follows
 * the interface language. Not printed.
 *
 * Plain DOM, given the app's Lingui instance rather than importing it (or `useT`): it loads on
 * idle with the service worker's registration, and anything it imported from the app's own
 * modules (React, the i18n module and its dynamic imports) would be split out of the chunks
 * the home page loads into chunks of their own, which costs the first load 0.7 KB (measured).
 */
export function showUpdateNotice(i18n: I18n, { onReload }: { onReload: () => void }): () => void {
  i18n.load('en', english)
  const t = (key: keyof typeof Source) => i18n._(`offline.${key}`)
  const region = document.createElement('section')
  region.id = 'update-notice'
  region.className =
    'fixed inset-x-2 bottom-2 z-50 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded border border-cyan-800 bg-white p-3 text-sm text-slate-900 shadow-lg print:hidden dark:border-cyan-600 dark:bg-slate-900 dark:text-slate-100'
  const status = document.createElement('p')
  status.setAttribute('role', 'status')
  status.className = 'min-w-0 flex-1'
  const reload = button(primaryButtonClass, onReload)
  const later = button(buttonClass, () => close())
  region.append(status, reload, later)
  const label = () => {
    region.setAttribute('aria-label', t('update.label'))
    status.textContent = t('update.available')
    reload.textContent = t('update.reload')
    later.textContent = t('update.later')
  }
  document.body.append(region)
  // The message goes into the live region once it is in the page, so it is announced.
  requestAnimationFrame(label)
  const stopFollowingLanguage = i18n.on('change', label)
  const close = () => {
    stopFollowingLanguage()
    region.remove()
  }
  return close
}

function button(className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button')
  element.type = 'button'
  element.className = className
  element.addEventListener('click', onClick)
  return element
}
