import type { BuildReply, BuildRequest } from './build-protocol'

/**
 * The page's handle on the build worker: one worker for the visit, latest request wins (an
 * answer to a superseded request is dropped).
 */
export function createBuildClient() {
  let worker: Worker | null = null
  let latest = 0
  // The corpus the worker holds: sent once, not with every request.
  let given: BuildRequest['corpus'] | null = null
  const waiting = new Map<number, (reply: BuildReply | null) => void>()
  const start = () => {
    worker = new Worker(new URL('./build-worker.ts', import.meta.url), {
      type: 'module',
      name: 'corpus-builder',
    })
    worker.onmessage = (event: MessageEvent<BuildReply>) => {
      const resolve = waiting.get(event.data.id)
      waiting.delete(event.data.id)
      resolve?.(event.data.id === latest ? event.data : null)
    }
    return worker
  }
  return {
    build(request: Omit<BuildRequest, 'id'>): Promise<BuildReply | null> {
      const id = ++latest
      const { corpus, ...rest } = request
      const message: BuildRequest = given === corpus ? { ...rest, id } : { ...rest, corpus, id }
      given = corpus
      for (const [old, resolve] of waiting) {
        resolve(null)
        waiting.delete(old)
      }
      return new Promise((resolve) => {
        waiting.set(id, resolve)
        ;(worker ?? start()).postMessage(message)
      })
    },
    stop() {
      worker?.terminate()
      worker = null
      given = null
    },
  }
}
