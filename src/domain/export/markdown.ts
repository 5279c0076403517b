/**
 * Markdown for statements, shared by the bookmarks export and the export of a view: each
 * statement as a block quote under a heading, with its kind, full citation and topics.
 */
import type { BookmarkSnapshot } from '../bookmarks/bookmark'
import { formatDate } from '../corpus/format'

/** Escapes characters Markdown would otherwise read as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+\.)(\s)/gm, '$1\\$2$3')
}

type Statement = Pick<
  BookmarkSnapshot,
  'speakerName' | 'sessionLabel' | 'date' | 'text' | 'kind' | 'citation' | 'topicLabels'
>

/** The lines of one numbered statement (heading, quote, kind and citation, topics). */
export function markdownStatement(number: number, s: Statement): string[] {
  const lines = [
    `## ${number}. ${escapeMarkdown(s.speakerName)}, ${escapeMarkdown(s.sessionLabel)} (${formatDate(s.date)})`,
    '',
    ...`“${s.text}”`.split('\n').map((line) => `> ${escapeMarkdown(line)}`),
    '',
    `${s.kind === 'reported' ? 'Reported speech' : 'Direct quotation'}. ${escapeMarkdown(s.citation)}`,
  ]
  if (s.topicLabels.length > 0)
    lines.push('', `Topics: ${s.topicLabels.map(escapeMarkdown).join(', ')}`)
  return lines
}

/** `Exported from Assembly Explorer on 1 May 2024: 3 statements.` */
export function exportedLine(exportedAt: string, count: number): string {
  return `Exported from Assembly Explorer on ${formatDate(exportedAt)}: ${count} ${
    count === 1 ? 'statement' : 'statements'
  }.`
}
