/**
 * What a prerendered page says about itself in its <head>: a description of its own, a canonical
 * link, Open Graph and Twitter card tags (so a pasted link shows the statement), and for a
 * statement the tags reference managers read. Zotero's Embedded Metadata translator reads the
 * Highwire `citation_*` tags (title, author, date, conference, publisher, public URL, language,
 * abstract, keywords) and Dublin Core `DC.*` tags; `citation_conference_title` (the session) makes
 * it an item said at an event rather than a journal article.
 */
import { formatDate, sessionWithDate, sourceKindLabel } from '../corpus/format'
import type { CorpusModel } from '../corpus/model'
import { citationTitle, eventName } from './citation-title'
import { statementRecord } from './statement-record'

export interface MetaTag {
  /** `name` for most tags, `property` for Open Graph. */
  attribute: 'name' | 'property'
  key: string
  content: string
}

export interface PageMetadata {
  description: string
  tags: MetaTag[]
}

const SITE_NAME = 'Assembly Explorer'
const ASSEMBLY = 'the Assembly of People of Kazakhstan'
const DESCRIPTION_LENGTH = 200

const clip = (text: string, length = DESCRIPTION_LENGTH) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).replace(/\s+\S*$/, '')}…`
}

const LIST_DESCRIPTIONS: Record<string, string> = {
  '/': `Every statement made at the sessions of ${ASSEMBLY}, verbatim, with its sources, corroborations and echoes.`,
  '/sessions': `The sessions of ${ASSEMBLY}: each one's theme, date, source documents and statements.`,
  '/topics': `The topics of the statements made at the sessions of ${ASSEMBLY}, each compared across sessions.`,
  '/quotes': `Search every statement made at the sessions of ${ASSEMBLY}, with filters by session, topic, speaker, kind and source.`,
  '/data': `The statements made at the sessions of ${ASSEMBLY} as a dataset: CSV, JSON and a Frictionless Data Package.`,
}

function describe(model: CorpusModel, path: string): { title?: string; description: string } {
  const [, section, id] = path.split('/')
  const decoded = id === undefined ? undefined : decodeURIComponent(id)
  if (section === 'sessions' && decoded) {
    const session = model.sessionById.get(decoded)
    if (session)
      return {
        description: clip(
          `${sessionWithDate(session)} of ${ASSEMBLY}${session.theme ? `: “${session.theme}”` : ''}. Its statements, verbatim, grouped by topic, with their sources.`,
        ),
      }
  }
  if (section === 'topics' && decoded) {
    const topic = model.topicById.get(decoded)
    if (topic) return { description: clip(`${topic.label}: ${topic.description}`) }
  }
  if (section === 'sources' && decoded) {
    const source = model.sourceById.get(decoded)
    if (source)
      return {
        description: clip(
          `${source.title}. ${sourceKindLabel(source.kind)}, ${formatDate(source.date)}, in full, with every statement it reports marked.`,
        ),
      }
  }
  return { description: LIST_DESCRIPTIONS[path] ?? LIST_DESCRIPTIONS['/']! }
}

/**
 * The metadata of the page at `path` (without base path or language prefix, e.g.
 * `/quotes/abc`), whose address is `url` (absolute when the site's address is known).
 */
export function pageMetadata(
  model: CorpusModel,
  path: string,
  url: string,
  title: string,
): PageMetadata {
  const tags: MetaTag[] = []
  const name = (key: string, content: string) => tags.push({ attribute: 'name', key, content })
  const property = (key: string, content: string) =>
    tags.push({ attribute: 'property', key, content })
  const match = /^\/quotes\/([^/]+)$/.exec(path)
  const quote = match ? model.quoteById.get(decodeURIComponent(match[1]!)) : undefined
  let description: string
  if (quote) {
    const appBase = url.slice(0, Math.max(0, url.length - path.length)) || ''
    const r = statementRecord(model, quote, appBase)
    const quoted = `“${clip(r.text, DESCRIPTION_LENGTH - 60)}”`
    description = `${quoted} ${r.speakerName}, ${r.sessionLabel} (${formatDate(r.date)}), reported by ${r.sourceTitle}.`
    name('citation_title', `“${citationTitle(r)}”`)
    name('citation_author', r.speakerName)
    name('citation_date', r.date.replace(/-/g, '/'))
    name('citation_conference_title', eventName(r))
    if (r.publisher) name('citation_publisher', r.publisher)
    name('citation_public_url', url)
    if (r.language) name('citation_language', r.language)
    name('citation_abstract', r.text)
    if (r.topicLabels.length > 0) name('citation_keywords', r.topicLabels.join('; '))
    name('DC.title', `“${citationTitle(r)}”`)
    name('DC.creator', r.speakerName)
    name('DC.date', r.date)
    name('DC.type', 'Text')
    name('DC.source', r.sourceTitle)
    if (r.publisher) name('DC.publisher', r.publisher)
    name('DC.identifier', url)
    if (r.language) name('DC.language', r.language)
    name('DC.description', r.text)
    property('og:type', 'article')
    property('article:published_time', r.date)
    property('article:author', r.speakerName)
  } else {
    description = describe(model, path).description
    property('og:type', 'website')
  }
  property('og:site_name', SITE_NAME)
  property('og:title', title)
  property('og:description', description)
  property('og:url', url)
  name('twitter:card', 'summary')
  name('twitter:title', title)
  name('twitter:description', description)
  return { description, tags }
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The tags as HTML for <head>: the description, the canonical link, then every tag. */
export function metadataHtml(meta: PageMetadata, canonical: string): string {
  return [
    `<meta name="description" content="${escapeAttribute(meta.description)}" />`,
    `<link rel="canonical" href="${escapeAttribute(canonical)}" />`,
    '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />',
    ...meta.tags.map(
      (t) =>
        `<meta ${t.attribute}="${escapeAttribute(t.key)}" content="${escapeAttribute(t.content)}" />`,
    ),
  ].join('')
}
