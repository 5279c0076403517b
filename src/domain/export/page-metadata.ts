/**
 * What a prerendered page says about itself in its <head>: a description of its own, a canonical
 * link, Open Graph and Twitter card tags (so a pasted link shows the statement), and for a
 * statement the tags reference managers read. Zotero's Embedded Metadata translator reads the
 * Highwire `citation_*` tags (title, author, date, conference, publisher, public URL, language,
 * abstract, keywords) and Dublin Core `DC.*` tags; `citation_conference_title` (the session) makes
 * it an item said at an event rather than a journal article.
 */
import type { CorpusModel } from '../corpus/model'
import type { Session, Source, Topic } from '../corpus/schema'
import { citationTitle, eventName } from './citation-title'
import { statementRecord, type StatementRecord } from './statement-record'

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
const DESCRIPTION_LENGTH = 200

/** Flattens whitespace and cuts at a word boundary, with "…", to at most `length` characters. */
export const clip = (text: string, length = DESCRIPTION_LENGTH) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).replace(/\s+\S*$/, '')}…`
}

export const LIST_PAGES = [
  '/',
  '/sessions',
  '/topics',
  '/quotes',
  '/data',
  '/kwic',
  '/trends',
] as const
export type ListPage = (typeof LIST_PAGES)[number]

/**
 * What a page is, for its description: a list, or one session, topic, source or statement. The
 * interface words it in its language (src/app/page-description.ts); a statement's text comes
 * already cut to fit.
 */
export type DescribedPage =
  | { kind: 'list'; path: ListPage }
  | { kind: 'session'; session: Session }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'source'; source: Source }
  | { kind: 'statement'; record: StatementRecord; text: string; roman: string }

/** The page at `path` (without base path or language prefix); an unknown one is the overview. */
export function describedPage(model: CorpusModel, path: string, appBase = ''): DescribedPage {
  const [, section, id] = path.split('/')
  const decoded = id === undefined ? undefined : decodeURIComponent(id)
  if (decoded) {
    const session = section === 'sessions' ? model.sessionById.get(decoded) : undefined
    if (session) return { kind: 'session', session }
    const topic = section === 'topics' ? model.topicById.get(decoded) : undefined
    if (topic) return { kind: 'topic', topic }
    const source = section === 'sources' ? model.sourceById.get(decoded) : undefined
    if (source) return { kind: 'source', source }
    const quote = section === 'quotes' ? model.quoteById.get(decoded) : undefined
    if (quote) {
      const record = statementRecord(model, quote, appBase)
      return {
        kind: 'statement',
        record,
        text: clip(record.text, DESCRIPTION_LENGTH - 60),
        roman: model.sessionById.get(quote.sessionId)?.roman ?? quote.sessionId,
      }
    }
  }
  const list = (LIST_PAGES as readonly string[]).includes(path) ? (path as ListPage) : '/'
  return { kind: 'list', path: list }
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
  describe: (page: DescribedPage) => string,
): PageMetadata {
  const tags: MetaTag[] = []
  const name = (key: string, content: string) => tags.push({ attribute: 'name', key, content })
  const property = (key: string, content: string) =>
    tags.push({ attribute: 'property', key, content })
  const page = describedPage(model, path, url.slice(0, Math.max(0, url.length - path.length)))
  // A statement's own text is already cut to fit; the sentence around it is kept whole.
  const description = page.kind === 'statement' ? describe(page) : clip(describe(page))
  if (page.kind === 'statement') {
    const r = page.record
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
  } else property('og:type', 'website')
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
