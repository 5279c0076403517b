/**
 * BibTeX (biblatex-compatible `@misc`) entries for statements: speaker as author, the
 * statement as title, the session as event, the source as where it was published, the link.
 */
import { citationTitle, dateParts, eventName, kindNote } from './citation-title'
import type { StatementRecord } from './statement-record'

/** Escapes what (La)TeX would read as commands; braces keep capitals and names as written. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[#$%&_]/g, (c) => `\\${c}`)
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/~/g, '\\textasciitilde{}')
}

/** A citation key: `ae-<statement id>` with anything BibTeX dislikes removed. */
export function bibtexKey(r: Pick<StatementRecord, 'id'>): string {
  return `ae-${r.id.replace(/[^A-Za-z0-9-]/g, '')}`
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

export function bibtexEntry(r: StatementRecord): string {
  const [year, month] = dateParts(r.date)
  const fields: [string, string][] = [
    // A person's name: reference managers split it into given and family names.
    ['author', `{${bibtexEscape(r.speakerName)}}`],
    ['title', `{${bibtexEscape(`“${citationTitle(r)}”`)}}`],
    ['howpublished', `{${bibtexEscape(r.sourceTitle)}}`],
    ['eventtitle', `{${bibtexEscape(eventName(r))}}`],
    ['date', `{${bibtexEscape(r.date)}}`],
  ]
  if (year) fields.push(['year', `{${year}}`])
  if (month) fields.push(['month', MONTHS[month - 1] ?? `{${month}}`])
  if (r.publisher) fields.push(['publisher', `{${bibtexEscape(r.publisher)}}`])
  fields.push(
    ['url', `{${r.permalink.replace(/[{}\s]/g, encodeURIComponent)}}`],
    ['language', `{${bibtexEscape(r.language)}}`],
    ['abstract', `{${bibtexEscape(r.text)}}`],
    [
      'note',
      `{${bibtexEscape(`${kindNote(r)}${r.speakerRole ? ` by ${r.speakerName}, ${r.speakerRole}` : ''}. ${r.citation}`)}}`,
    ],
  )
  if (r.topicLabels.length > 0)
    fields.push(['keywords', `{${bibtexEscape(r.topicLabels.join(', '))}}`])
  return `@misc{${bibtexKey(r)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`
}

/** A .bib file; `header` lines become `%` comments (which BibTeX ignores). */
export function toBibtex(
  records: readonly StatementRecord[],
  header: readonly string[] = [],
): string {
  const comments = header.map((line) => `% ${line.replace(/[\r\n]+/g, ' ')}\n`).join('')
  return `${comments}${comments ? '\n' : ''}${records.map(bibtexEntry).join('\n')}`
}
