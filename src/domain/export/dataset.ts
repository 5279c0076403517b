/**
 * The corpus as a dataset: one row per statement, as CSV and as JSON, and a Frictionless Data
 * Package (`datapackage.json`) that describes both files and every field. The fields are listed
 * once, here; the CSV header, the JSON rows and the package's schemas all come from this list.
 * The app's /data page and `npm run corpus -- --format …` write the same files.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { CorpusModel } from '../corpus/model'
import { toCsv } from '@/domain/csv'
import { statementRecords, type StatementRecord } from './statement-record'

type Value = string | string[] | null

interface DatasetField {
  name: string
  title: string
  description: string
  /** A list of ids: an array in JSON, `;`-separated in CSV. */
  list?: true
  type: 'string' | 'date'
  format?: 'uri'
  constraints?: { required?: true; unique?: true; enum?: string[] }
  value: (r: StatementRecord) => Value
}

export const LIST_SEPARATOR = ';'

export const DATASET_FIELDS: readonly DatasetField[] = [
  {
    name: 'id',
    title: 'Statement id',
    description:
      'Stable id of the statement, derived from its source and its normalised text; it does not change when documents are added.',
    type: 'string',
    constraints: { required: true, unique: true },
    value: (r) => r.id,
  },
  {
    name: 'permalink',
    title: 'Permalink',
    description: 'Address of the statement’s page in Assembly Explorer.',
    type: 'string',
    format: 'uri',
    constraints: { required: true },
    value: (r) => r.permalink,
  },
  {
    name: 'text',
    title: 'Text',
    description:
      'The statement verbatim, as its source prints it. In the CSV file a text beginning with =, +, -, @, a tab or a carriage return starts with an added apostrophe, so that spreadsheets cannot read it as a formula; the JSON file has it unaltered.',
    type: 'string',
    constraints: { required: true },
    value: (r) => r.text,
  },
  {
    name: 'kind',
    title: 'Kind',
    description:
      '“direct”: a direct quotation, in quotation marks in the source; “reported”: the source’s own wording of what was said.',
    type: 'string',
    constraints: { required: true, enum: ['direct', 'reported'] },
    value: (r) => r.kind,
  },
  {
    name: 'speaker',
    title: 'Speaker',
    description: 'Name of the speaker.',
    type: 'string',
    value: (r) => r.speakerName,
  },
  {
    name: 'speaker_role',
    title: 'Speaker role',
    description: 'The speaker’s office or role at the time.',
    type: 'string',
    value: (r) => r.speakerRole,
  },
  {
    name: 'session',
    title: 'Session',
    description: 'Number of the session of the Assembly of People of Kazakhstan, e.g. 32.',
    type: 'string',
    constraints: { required: true },
    value: (r) => r.sessionNumber,
  },
  {
    name: 'date',
    title: 'Date',
    description: 'Date of the session (ISO 8601).',
    type: 'date',
    value: (r) => r.date,
  },
  {
    name: 'source_id',
    title: 'Source id',
    description: 'Id of the source document that reports the statement.',
    type: 'string',
    constraints: { required: true },
    value: (r) => r.sourceId,
  },
  {
    name: 'source_title',
    title: 'Source title',
    description: 'Title of the source document.',
    type: 'string',
    value: (r) => r.sourceTitle,
  },
  {
    name: 'source_kind',
    title: 'Source kind',
    description: 'factsheet, press-release, article or transcript.',
    type: 'string',
    value: (r) => r.sourceKind,
  },
  {
    name: 'language',
    title: 'Language',
    description: 'Language of the source document (BCP 47 code, e.g. en).',
    type: 'string',
    value: (r) => r.language,
  },
  {
    name: 'section',
    title: 'Section',
    description: 'The heading the statement stands under in its source; empty when none.',
    type: 'string',
    value: (r) => r.section,
  },
  {
    name: 'topics',
    title: 'Topics',
    description: 'Ids of the statement’s topics (see the app’s /topics page).',
    type: 'string',
    list: true,
    value: (r) => r.topicIds,
  },
  {
    name: 'corroborated_by',
    title: 'Corroborated by',
    description:
      'Ids of statements in other sources of the same session that report the same claim.',
    type: 'string',
    list: true,
    value: (r) => r.corroboratedBy,
  },
  {
    name: 'echoes',
    title: 'Echoes',
    description: 'Ids of statements of another session that make the same point.',
    type: 'string',
    list: true,
    value: (r) => r.echoes,
  },
]

export const DATASET_FILES = {
  csv: 'statements.csv',
  json: 'statements.json',
  datapackage: 'datapackage.json',
} as const
export type DatasetFormat = keyof typeof DATASET_FILES

export const DATASET_MEDIA_TYPES: Record<DatasetFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  datapackage: 'application/json',
}

/** A field's value as a CSV cell: lists joined with LIST_SEPARATOR, null as empty. */
export const datasetCell = (value: Value): string =>
  value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : value

/** The CSV file: a header of field names, then one row per statement (src/domain/csv.ts). */
export function datasetCsv(records: readonly StatementRecord[]): string {
  return toCsv([
    DATASET_FIELDS.map((f) => f.name),
    ...records.map((r) => DATASET_FIELDS.map((f) => datasetCell(f.value(r)))),
  ])
}

/** The JSON file: an array of objects, one per statement, with the CSV's fields (lists as arrays). */
export function datasetJson(records: readonly StatementRecord[]): string {
  const rows = records.map((r) =>
    Object.fromEntries(DATASET_FIELDS.map((f) => [f.name, f.value(r)])),
  )
  return `${JSON.stringify(rows, null, 1)}\n`
}

function tableSchema(listsAs: 'string' | 'array') {
  return {
    fields: DATASET_FIELDS.map((f) => ({
      name: f.name,
      title: f.title,
      description: f.list
        ? `${f.description} ${listsAs === 'array' ? 'A list.' : `Separated by “${LIST_SEPARATOR}”; empty when none.`}`
        : f.description,
      type: f.list && listsAs === 'array' ? 'array' : f.type,
      ...(f.format ? { format: f.format } : {}),
      ...(f.constraints ? { constraints: f.constraints } : {}),
    })),
    primaryKey: 'id',
    missingValues: [''],
  }
}

export interface DatasetInfo {
  /**
   * The app's absolute base address ("https://host/explorer/"): the package's homepage and the
   * start of every permalink. Empty: permalinks are paths (`/quotes/<id>`) and no homepage.
   */
  homepage: string
}

export const ANNOTATIONS_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const

export const RIGHTS_STATEMENT =
  'The source texts, and so the statements’ wording, belong to their publishers and are quoted here for research; the annotations (ids, kinds, speakers, sessions, sections, topics, corroborations and echoes) are licensed CC BY 4.0.'

/** A file's size and SHA-256, as a Data Package records them (the same rows, the same hash). */
function integrity(text: string) {
  const bytes = utf8ToBytes(text)
  return { bytes: bytes.length, hash: `sha256:${bytesToHex(sha256(bytes))}` }
}

/** `datapackage.json`: a Frictionless Data Package describing the two files. */
export function datasetPackage(model: CorpusModel, info: DatasetInfo): string {
  const records = statementRecords(model, model.corpus.quotes, info.homepage)
  const pkg = {
    profile: 'tabular-data-package',
    name: 'assembly-explorer-statements',
    title: 'Assembly Explorer: statements at the sessions of the Assembly of People of Kazakhstan',
    description: `${model.corpus.quotes.length} statements from ${model.corpus.sources.length} source documents about ${model.sessions.length} sessions, one row per statement. ${RIGHTS_STATEMENT}`,
    ...(info.homepage ? { homepage: info.homepage } : {}),
    licenses: [ANNOTATIONS_LICENSE],
    sources: model.corpus.sources.map((s) => ({
      title: s.title,
      ...(s.url ? { path: s.url } : {}),
      ...(s.publisher ? { publisher: s.publisher } : {}),
    })),
    resources: [
      {
        name: 'statements',
        path: DATASET_FILES.csv,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...integrity(datasetCsv(records)),
        dialect: {
          delimiter: ',',
          lineTerminator: '\r\n',
          quoteChar: '"',
          doubleQuote: true,
          header: true,
        },
        schema: tableSchema('string'),
      },
      {
        name: 'statements-json',
        path: DATASET_FILES.json,
        profile: 'tabular-data-resource',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...integrity(datasetJson(records)),
        schema: tableSchema('array'),
      },
    ],
  }
  return `${JSON.stringify(pkg, null, 2)}\n`
}

/** One dataset file for the whole corpus. */
export function datasetFile(format: DatasetFormat, model: CorpusModel, info: DatasetInfo): string {
  if (format === 'datapackage') return datasetPackage(model, info)
  const records = statementRecords(model, model.corpus.quotes, info.homepage)
  return format === 'csv' ? datasetCsv(records) : datasetJson(records)
}
