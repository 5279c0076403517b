/**
 * What the attribution stage collects for one document: its statements and the passages it
 * leaves out, each through one door that drops empty spans and trims what is left out.
 */
import { trimSpan, type Block, type Span } from './segment'
import type { Person } from './speakers'
import type { LeftOut, LeftOutReason, Statement } from './statements'

export interface Collector {
  statements: Statement[]
  leftOut: LeftOut[]
  add: (kind: Statement['kind'], span: Span, speaker: Person, block: Block, why: string) => void
  leave: (span: Span, reason: LeftOutReason) => void
}

export function collector(text: string): Collector {
  const statements: Statement[] = []
  const leftOut: LeftOut[] = []
  return {
    statements,
    leftOut,
    add: (kind, span, speaker, block, why) => {
      if (span.end > span.start)
        statements.push({ kind, ...span, speaker, section: block.section, why })
    },
    leave: (span, reason) => {
      const t = trimSpan(text, span.start, span.end)
      if (t.end > t.start) leftOut.push({ ...t, reason })
    },
  }
}
