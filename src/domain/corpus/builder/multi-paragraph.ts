/**
 * Quotations of several paragraphs (each quoted paragraph opens with a mark, only the last one
 * closes): whose they are when the attribution comes after their end, and how their parts become
 * one statement.
 */
import { directQuotesOf, type QuoteContext } from './direct'
import type { Block } from './segment'
import type { Statement } from './statements'

/**
 * A quotation of several paragraphs is one statement: from its first paragraph's words to its
 * last's (the marks that open the paragraphs in between are inside it, as in the source).
 */
export function joinParagraphs(
  statements: readonly Statement[],
  runsOn: ReadonlySet<Statement>,
  carriedOn: ReadonlySet<Statement>,
): Statement[] {
  const joined: Statement[] = []
  let open: Statement | null = null
  for (const s of statements) {
    if (open && carriedOn.has(s) && s.speaker.id === open.speaker.id) {
      open.end = s.end
      if (!runsOn.has(s)) open = null
      continue
    }
    const copy = { ...s }
    joined.push(copy)
    open = runsOn.has(s) ? copy : null
  }
  return joined
}

/** A quotation of several paragraphs attributed after its end: `…,” he said.` */
export function speakerAtEndOfChain(blocks: readonly Block[], from: number, ctx: QuoteContext) {
  let i = from + 1
  while (blocks[i]?.quoteRunsOn) i++
  const last = blocks[i]
  const first = last?.quotations[0]
  const sentence = last?.sentences.find(
    (s) => first && s.start <= first.open && first.close <= s.end,
  )
  if (!last || !first || !sentence) return null
  const [quote] = directQuotesOf(sentence, last.quotations, ctx)
  return quote?.span === first && quote.why.startsWith('attributed after') ? quote.speaker : null
}
