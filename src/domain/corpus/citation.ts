/**
 * Plain-text citations and shareable URLs for statements.
 */
import { formatDate, sessionName, sourceKindLabel } from './format'
import type { CorpusModel } from './model'
import type { Quote } from './schema'

const ASSEMBLY = 'Assembly of People of Kazakhstan'

/**
 * A citation a reader can paste anywhere: speaker, role, the statement (a direct quote in
 * quotation marks; a reported statement marked as the source's wording), the session with
 * its date, the source title and kind, and the link.
 */
export function citationText(model: CorpusModel, quote: Quote, url: string): string {
  const speaker = model.speakerById.get(quote.speakerId)
  const session = model.sessionById.get(quote.sessionId)
  const source = model.sourceById.get(quote.sourceId)
  const who = speaker ? `${speaker.name}, ${speaker.role}` : 'Unknown speaker'
  const statement =
    quote.kind === 'direct'
      ? `${who}: “${quote.text.trim()}”`
      : `${who} (reported, in the source’s words): “${quote.text.trim()}”`
  const where = session
    ? `${sessionName(session)} of the ${ASSEMBLY}, ${formatDate(session.date)}.`
    : `${ASSEMBLY}.`
  const from = source
    ? `Source: “${source.title}” (${sourceKindLabel(source.kind)}, ${formatDate(source.date)}).`
    : ''
  return [statement, where, from, url].filter(Boolean).join(' ')
}

/**
 * The absolute URL of an app path, keeping the base path the app is served under
 * (`https://host/explorer/` + `/quotes/x` → `https://host/explorer/quotes/x`).
 */
export function absoluteUrl(origin: string, basePath: string, path: string): string {
  const base = basePath.replace(/\/+$/, '')
  const rest = path.startsWith('/') ? path : `/${path}`
  return `${origin.replace(/\/+$/, '')}${base}${rest}`
}
