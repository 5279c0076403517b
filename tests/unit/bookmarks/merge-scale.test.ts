import { describe, expect, it } from 'vitest'
import type { BookmarkSnapshot } from '@/domain/bookmarks/bookmark'
import { mergeIncoming, revertTo, type IncomingBookmark } from '@/domain/bookmarks/merge'
import { emptyPersistedState, PERSIST_VERSION } from '@/domain/bookmarks/persisted-state'
import { runSteps } from '@/domain/bookmarks/steps'
import { serializeEnvelopeSteps, storageFit } from '@/domain/bookmarks/stored-size'

/**
 * Issue 17, defect 4: importing 10,000 bookmarks froze the page for 23 s, because every
 * bookmark merged copied the whole collection (quadratic). The work must grow with the number
 * of bookmarks, not its square. Measured as a ratio of CPU times (best of five runs each), never
 * as an absolute time: twenty times the bookmarks take about 20 times as long if the work is
 * linear, 400 times if quadratic; the bound leaves room for a busy machine's noise.
 */

const snapshot: BookmarkSnapshot = {
  text: 'A statement on the role of the Assembly in public consultation.',
  speakerName: 'A speaker',
  sessionLabel: 'XXX session',
  sessionId: 's30',
  date: '2022-04-29',
  sourceTitle: 'Session report',
  sourceId: 'src-large',
  kind: 'direct',
  topicIds: ['unity'],
  topicLabels: ['Unity'],
  citation: 'A speaker. XXX session of the Assembly of People of Kazakhstan, 29 April 2022.',
}

const incoming = (n: number): IncomingBookmark[] =>
  Array.from({ length: n }, (_, i) => ({ quoteId: `q-${i}`, note: '', snapshot }))

let rev = 0
const stamp = () => ({ at: '2024-05-01T10:00:00.000Z', rev: `r${++rev}` })

/** CPU time (not wall time: a busy machine's other processes do not count), best of `runs`. */
function bestOf(runs: number, work: () => void): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage()
    work()
    const used = process.cpuUsage(t0)
    best = Math.min(best, used.user + used.system)
  }
  return Math.max(best, 1)
}

const SMALL = 500
const LARGE = 10_000
/** Linear work: about 20; quadratic: about 400. */
const MAX_GROWTH = 100

/** How much longer twenty times the input takes. */
function growth(work: (n: number) => void): number {
  work(SMALL) // warm up
  const small = bestOf(5, () => work(SMALL))
  const large = bestOf(5, () => work(LARGE))
  return large / small
}

describe('a collection of 10,000 bookmarks', { timeout: 120_000 }, () => {
  it('is merged from an import file in linear time', () => {
    const base = emptyPersistedState()
    const ratio = growth((n) => {
      const result = mergeIncoming(base, incoming(n), stamp)
      expect(result.added).toHaveLength(n)
    })
    expect(ratio).toBeLessThan(MAX_GROWTH)
  })

  it('an import of 10,000 is undone in linear time', () => {
    const base = emptyPersistedState()
    const imported = (n: number) => mergeIncoming(base, incoming(n), stamp).state
    const states = new Map([SMALL, LARGE].map((n) => [n, imported(n)]))
    const ratio = growth((n) => {
      const after = states.get(n) ?? base
      const reverted = revertTo(after, base, stamp, after)
      expect(Object.keys(reverted.bookmarks)).toHaveLength(0)
    })
    expect(ratio).toBeLessThan(MAX_GROWTH)
  })

  it('is serialised for storage a slice at a time, to exactly what JSON.stringify writes', () => {
    const { state } = mergeIncoming(emptyPersistedState(), incoming(1_000), stamp)
    const steps = serializeEnvelopeSteps(state, PERSIST_VERSION)
    let pauses = 0
    let next = steps.next()
    for (; !next.done; next = steps.next()) pauses++
    expect(next.value).toBe(JSON.stringify({ state, version: PERSIST_VERSION }))
    expect(pauses).toBeGreaterThanOrEqual(3)
    expect(runSteps(serializeEnvelopeSteps(emptyPersistedState(), 1))).toBe(
      JSON.stringify({ state: emptyPersistedState(), version: 1 }),
    )
  })

  it('fits in storage or not, counting what other data of the site takes', () => {
    expect(storageFit(4_000_000, 1_000_000).fits).toBe(true)
    expect(storageFit(4_300_000, 1_000_000).fits).toBe(false)
    expect(storageFit(5 * 1024 * 1024, 0).fits).toBe(true)
    expect(storageFit(5 * 1024 * 1024 + 1, 0).fits).toBe(false)
  })
})
