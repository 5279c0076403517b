/**
 * A dropped or chosen file → its text. Plain text and Markdown are read as they are (Markdown's
 * marks for headings, emphasis and links removed, its list items made bullets); HTML through
 * the browser's own HTML parser (an inert <template>), with scripts, styles and other non-text left out; .docx through
 * mammoth, which is downloaded only when such a file is given.
 */
export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,.docx'

/** A file this page cannot read: `reason` says why (the interface words it), `file` names it. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: 'docx' | 'binary' | 'type',
    readonly file: string,
  ) {
    super(`${file}: ${reason}`)
    this.name = 'UnreadableFileError'
  }
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TR',
  'TABLE',
  'UL',
  'OL',
  'FIGCAPTION',
  'PRE',
])
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'HEAD',
  // In a <template> the head's tags stand in the body: its title is the page's, not its text.
  'TITLE',
  'OBJECT',
])

/** The text of an HTML page: one line per block, list items as bullets; never runs anything. */
export function htmlToText(html: string): string {
  // A <template>'s content is inert: nothing in it runs or applies, so a pasted page's <style>
  // and style attributes are never even checked against the Content-Security-Policy (a
  // DOMParser document is, and the browser reports each as a violation).
  const template = document.createElement('template')
  template.innerHTML = html
  const out: string[] = []
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '))
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const name = (node as Element).tagName.toUpperCase()
    if (SKIPPED.has(name)) return
    if (name === 'BR') {
      out.push('\n')
      return
    }
    const block = BLOCKS.has(name)
    if (block) out.push('\n\n')
    if (name === 'LI') out.push('· ')
    node.childNodes.forEach(walk)
    if (block) out.push('\n\n')
  }
  template.content.childNodes.forEach(walk)
  return tidy(out.join(''))
}

/** Markdown → plain text: the words, without the marks. */
export function markdownToText(md: string): string {
  return tidy(
    md
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/^\s*[-*+]\s+/gm, '· ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1'),
  )
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export async function readDocumentFile(file: File): Promise<string> {
  const name = file.name.toLowerCase()
  if (name.endsWith('.docx')) {
    const mammoth = await import('mammoth')
    try {
      const { value } = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() })
      return tidy(value)
    } catch {
      throw new UnreadableFileError('docx', file.name)
    }
  }
  const text = await file.text()
  if (text.includes('\u0000')) throw new UnreadableFileError('binary', file.name)
  if (name.endsWith('.html') || name.endsWith('.htm')) return htmlToText(text)
  if (name.endsWith('.md') || name.endsWith('.markdown')) return markdownToText(text)
  if (name.endsWith('.txt')) return text
  throw new UnreadableFileError('type', file.name)
}
