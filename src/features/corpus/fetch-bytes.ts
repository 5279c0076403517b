import { loadFailure } from './cached-load'
import { download, type Download } from './download'

/**
 * A file's bytes (unzipped if gzipped), downloaded by a Web Worker so that receiving a large
 * file does not hold up the page's first paint or its input. Where there is no worker (jsdom
 * in tests) the page downloads it itself. Failures say plainly what could not be loaded.
 */
export async function fetchBytes(url: string, what: string): Promise<ArrayBuffer> {
  const reply = typeof Worker === 'undefined' ? await download(url) : await inWorker(url)
  if (reply.ok) return reply.bytes
  throw loadFailure(what, reply.status === null ? reply.message : `HTTP ${reply.status}`)
}

function inWorker(url: string): Promise<Download> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./fetch-bytes-worker.ts', import.meta.url), {
      type: 'module',
      name: 'download',
    })
    worker.onmessage = (event: MessageEvent<Download>) => resolve(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(download(url)) // the worker could not start: download here instead
    }
    worker.postMessage(new URL(url, document.baseURI).href)
  })
}
