/**
 * In-memory stand-ins for localStorage: one "origin" shared by several "tabs". A write in
 * one tab queues a `storage` event for every other tab, as browsers do; tests deliver the
 * queued events when they choose, which is how "two edits at once" is modelled.
 */
export class QuotaExceededError extends Error {
  constructor() {
    super('The quota has been exceeded.')
    this.name = 'QuotaExceededError'
  }
}

export interface FakeOrigin {
  data: Map<string, string>
  /** Characters allowed in total (keys + values); Infinity by default. */
  quota: number
  tab: () => FakeTab
  /** Delivers queued storage events, in order. */
  flush: () => void
  pending: () => number
}

export interface FakeTab {
  storage: Storage
  window: EventTarget & Pick<Window, 'addEventListener' | 'removeEventListener'>
}

export function createOrigin(initial: Record<string, string> = {}): FakeOrigin {
  const data = new Map(Object.entries(initial))
  const tabs: FakeTab[] = []
  const queue: { target: EventTarget; event: Event }[] = []
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0)

  const origin: FakeOrigin = {
    data,
    quota: Infinity,
    tab() {
      const target = new EventTarget() as FakeTab['window']
      const storage: Storage = {
        get length() {
          return data.size
        },
        key: (i) => [...data.keys()][i] ?? null,
        getItem: (k) => data.get(k) ?? null,
        setItem(k, value) {
          const old = data.get(k) ?? null
          const next = used() - (old === null ? 0 : k.length + old.length) + k.length + value.length
          if (next > origin.quota) throw new QuotaExceededError()
          data.set(k, String(value))
          if (old === value) return
          for (const other of tabs)
            if (other !== tab)
              queue.push({
                target: other.window,
                event: Object.assign(new Event('storage'), {
                  key: k,
                  oldValue: old,
                  newValue: value,
                  storageArea: other.storage,
                }),
              })
        },
        removeItem(k) {
          const old = data.get(k) ?? null
          data.delete(k)
          if (old === null) return
          for (const other of tabs)
            if (other !== tab)
              queue.push({
                target: other.window,
                event: Object.assign(new Event('storage'), {
                  key: k,
                  oldValue: old,
                  newValue: null,
                  storageArea: other.storage,
                }),
              })
        },
        clear: () => data.clear(),
      }
      const tab: FakeTab = { storage, window: target }
      tabs.push(tab)
      return tab
    },
    flush() {
      while (queue.length > 0) {
        const next = queue.shift()
        next?.target.dispatchEvent(next.event)
      }
    },
    pending: () => queue.length,
  }
  return origin
}

/** A Storage whose every access throws, like a browser with storage disabled. */
export function disabledStorage(): Storage {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }
  return {
    get length() {
      return fail()
    },
    key: fail,
    getItem: fail,
    setItem: fail,
    removeItem: fail,
    clear: fail,
  }
}
