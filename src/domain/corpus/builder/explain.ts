/**
 * `npm run corpus -- --explain SOURCE_ID`: every passage of a document with what the builder
 * decided and why: a direct quote or a reported statement with its speaker and the form of
 * writing that made it one, or a passage left out with its reason.
 */
import type { DocumentReading } from './steps/read-documents'

const clip = (s: string, n = 110) => {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > n ? `${one.slice(0, n - 1)}…` : one
}

export function explainReading(reading: DocumentReading): string[] {
  const text = reading.cleaned.text
  const rows = [
    ...reading.statements.map((s) => ({
      start: s.start,
      line: `${s.kind.padEnd(9)} ${s.speaker.id}: “${clip(text.slice(s.start, s.end))}” (${s.why})`,
    })),
    ...reading.leftOut.map((p) => ({
      start: p.start,
      line: `left out  ${p.reason}: “${clip(text.slice(p.start, p.end))}”`,
    })),
  ].sort((a, b) => a.start - b.start)
  const direct = reading.statements.filter((s) => s.kind === 'direct').length
  return [
    `${reading.doc.meta.id} (${reading.doc.input.file}), language ${reading.language}: ${direct} direct, ${reading.statements.length - direct} reported, ${reading.leftOut.length} left out`,
    ...rows.map((r) => `  ${r.line}`),
  ]
}
