/**
 * The side-by-side view of one topic across sessions: statements that echo each other from
 * one session to the next are aligned in the same row (with the other sources that
 * corroborate them), and the rest are listed per session.
 */
import { inSourceOrder } from './grouping'
import type { CorpusModel } from './model'
import type { Quote, Session } from './schema'

export interface AlignedRow {
  /** One cell per session, in the order of `TopicComparison.sessions`: the statements there. */
  cells: Quote[][]
}

export interface TopicComparison {
  sessions: readonly Session[]
  /** Points made in more than one session, aligned across the columns. */
  aligned: AlignedRow[]
  /** Per session: the statements with no echo among the shown ones. */
  unaligned: Quote[][]
}

/**
 * Builds the comparison over `quotes` (already filtered to the topic and any facets).
 * Statements join a row through `echoes` (across sessions) and `corroboratedBy` (other
 * sources, same session); only links between shown statements count.
 */
export function compareAcrossSessions(
  model: CorpusModel,
  quotes: readonly Quote[],
  sessions: readonly Session[] = model.sessions,
): TopicComparison {
  const ordered = inSourceOrder(model, quotes)
  const shown = new Set(ordered.map((q) => q.id))
  const column = new Map(sessions.map((s, i) => [s.id, i]))
  const visited = new Set<string>()
  const aligned: AlignedRow[] = []
  const unaligned: Quote[][] = sessions.map(() => [])

  for (const start of ordered) {
    if (visited.has(start.id)) continue
    const component: Quote[] = []
    const stack = [start]
    visited.add(start.id)
    while (stack.length > 0) {
      const quote = stack.pop() as Quote
      component.push(quote)
      for (const id of [...quote.echoes, ...quote.corroboratedBy]) {
        const other = model.quoteById.get(id)
        if (other && shown.has(id) && !visited.has(id)) {
          visited.add(id)
          stack.push(other)
        }
      }
    }
    const cells: Quote[][] = sessions.map(() => [])
    for (const quote of inSourceOrder(model, component)) {
      const col = column.get(quote.sessionId)
      if (col !== undefined) cells[col]?.push(quote)
    }
    const sessionsSpanned = cells.filter((c) => c.length > 0).length
    if (sessionsSpanned > 1) aligned.push({ cells })
    else cells.forEach((cell, i) => unaligned[i]?.push(...cell))
  }
  // Components were found in reading order, so each column is already in reading order.
  for (const [i, cell] of unaligned.entries()) unaligned[i] = inSourceOrder(model, cell)
  return { sessions, aligned, unaligned }
}
