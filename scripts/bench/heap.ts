/**
 * JS heap of a page and of its dedicated workers (the search index may live in one), after
 * a forced garbage collection, through the Chrome DevTools Protocol. Workers are reached by
 * auto-attaching to them in non-flat mode and messaging them through the page's session.
 */
import type { Page } from '@playwright/test'

export interface HeapUsage {
  mainMB: number
  workersMB: number
  totalMB: number
  workers: number
}

interface HeapReply {
  usedSize: number
}

const toMB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

export async function measureHeap(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const workerSessions: string[] = []
    const replies = new Map<number, (result: unknown) => void>()
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') workerSessions.push(event.sessionId)
    })
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown }
      if (message.id !== undefined) replies.get(message.id)?.(message.result)
    })
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    })
    // attachedToTarget events for existing workers arrive right after the command.
    await new Promise((resolve) => setTimeout(resolve, 200))

    let nextId = 1
    const inWorker = <T>(sessionId: string, method: string) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++
        const timer = setTimeout(() => reject(new Error(`${method} timed out in worker`)), 10_000)
        replies.set(id, (result) => {
          clearTimeout(timer)
          resolve(result as T)
        })
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method }),
        })
      })

    await cdp.send('HeapProfiler.collectGarbage')
    const main = await cdp.send('Runtime.getHeapUsage')
    let workers = 0
    for (const sessionId of workerSessions) {
      await inWorker(sessionId, 'HeapProfiler.collectGarbage').catch(() => undefined)
      const usage = await inWorker<HeapReply>(sessionId, 'Runtime.getHeapUsage')
      workers += usage.usedSize
    }
    return {
      mainMB: toMB(main.usedSize),
      workersMB: toMB(workers),
      totalMB: toMB(main.usedSize + workers),
      workers: workerSessions.length,
    }
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}
