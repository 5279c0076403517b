import type { StoreClock } from '@/features/bookmarks/store/types'

/** A clock that advances one second per reading, and numbered revisions, per tab name. */
export function testClock(tab = 't', start = Date.parse('2024-05-01T10:00:00.000Z')): StoreClock {
  let time = start
  let rev = 0
  return {
    now: () => new Date((time += 1000)),
    newRev: () => `${tab}${++rev}`,
  }
}
