/**
 * The search indexes as a file. The corpus builder writes it beside the corpus, so the app
 * loads its indexes instead of building them: building takes about a second at 100,000
 * statements, reading this file a few tens of milliseconds (the typed arrays are views
 * into the downloaded bytes; only the term dictionary and the facet maps are rebuilt).
 *
 * Layout (little-endian, which every browser's typed arrays are):
 *
 *   bytes 0–7     the magic "AEINDEX\n"
 *   bytes 8–11    the header's length in bytes, H (uint32)
 *   12 … 12+H     the header, JSON (UTF-8): format, which corpus, the term stems, the facet
 *                 values, and the list of arrays that follow
 *   then          each array, in the header's order, starting at a multiple of 8
 *
 * Arrays whose values mostly climb (posting lists, offsets, stored orders) are stored as
 * differences from the previous value, which compress to a fraction of their size. Ranks are
 * not stored: they are the stored orders inverted.
 *
 * `decodeIndexFile` trusts nothing: a file that does not match the corpus, or whose numbers
 * point outside their tables, is refused with an `IndexFileError` (the caller then builds the
 * indexes itself).
 *
 * Why one module of about 250 lines: the encoder and the decoder must agree on every array, its
 * order, type and delta coding, and they do so through the one list of arrays below; split
 * apart, a change to one side could silently miss the other.
 */
import * as v from 'valibot'
import { describeIssues } from '../schema-issues'
import type { Quote } from '../corpus/schema'
import { FILTER_FACETS, type FilterFacet } from '../filters/quote-filters'
import type { FacetColumn, FacetTable, StoredOrder } from './facet-table'
import type { SearchIndexes } from './search-engine'
import { lazyFolded, termDictionary, type TextIndex } from './text-index'

export const INDEX_FILE_FORMAT = 1
const MAGIC = 'AEINDEX\n'
const STORED_ORDERS = ['date-desc', 'date-asc', 'source-order'] as const satisfies StoredOrder[]

type ArrayType = 'u8' | 'u16' | 'u32'
type AnyArray = Uint8Array | Uint16Array | Uint32Array
const ARRAY_TYPES = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
} as const

/**
 * What the file holds, in file order: each array's name, element type, whether it is stored as
 * differences, and where it is in the indexes.
 */
interface StoredArray {
  name: string
  type: ArrayType
  delta: boolean
  of: (indexes: SearchIndexes) => AnyArray
}
const ARRAYS: readonly StoredArray[] = [
  { name: 'text.alphabetical', type: 'u32', delta: false, of: (i) => i.text.alphabetical },
  { name: 'text.postingStart', type: 'u32', delta: true, of: (i) => i.text.postingStart },
  { name: 'text.postingDoc', type: 'u32', delta: true, of: (i) => i.text.postingDoc },
  { name: 'text.postingCount', type: 'u16', delta: false, of: (i) => i.text.postingCount },
  { name: 'text.docLength', type: 'u16', delta: false, of: (i) => i.text.docLength },
  { name: 'text.irregularSpace', type: 'u8', delta: false, of: (i) => i.text.irregularSpace },
  ...FILTER_FACETS.flatMap((f): StoredArray[] => [
    { name: `facets.${f}.start`, type: 'u32', delta: true, of: (i) => i.facets.columns[f].start },
    {
      name: `facets.${f}.valueOf`,
      type: 'u16',
      delta: false,
      of: (i) => i.facets.columns[f].valueOf,
    },
  ]),
  ...STORED_ORDERS.map((o): StoredArray => ({
    name: `orders.${o}`,
    type: 'u32',
    delta: true,
    of: (i) => i.facets.orders[o],
  })),
]

const HeaderSchema = v.object({
  format: v.literal(INDEX_FILE_FORMAT),
  /** The corpus indexed: its number of statements and the first and last statement's id. */
  statements: v.pipe(v.number(), v.integer(), v.minValue(0)),
  firstId: v.string(),
  lastId: v.string(),
  averageDocLength: v.pipe(v.number(), v.minValue(0)),
  termStems: v.array(v.string()),
  facetValues: v.object(
    Object.fromEntries(FILTER_FACETS.map((f) => [f, v.array(v.string())])) as Record<
      FilterFacet,
      v.ArraySchema<v.StringSchema<undefined>, undefined>
    >,
  ),
  arrays: v.array(
    v.object({
      name: v.string(),
      type: v.picklist(['u8', 'u16', 'u32']),
      length: v.pipe(v.number(), v.integer(), v.minValue(0)),
      delta: v.boolean(),
    }),
  ),
})
type Header = v.InferOutput<typeof HeaderSchema>

/** The index file could not be used; the message says why. */
export class IndexFileError extends Error {
  override name = 'IndexFileError'
}

const align8 = (n: number) => Math.ceil(n / 8) * 8

/** The file for `indexes`, built over `quotes` (the same input always gives the same bytes). */
export function encodeIndexFile(
  indexes: SearchIndexes,
  quotes: readonly Pick<Quote, 'id'>[],
): Uint8Array {
  const arrays = ARRAYS.map((stored) => ({ ...stored, array: stored.of(indexes) }))
  const header: Header = {
    format: INDEX_FILE_FORMAT,
    statements: quotes.length,
    firstId: quotes[0]?.id ?? '',
    lastId: quotes[quotes.length - 1]?.id ?? '',
    averageDocLength: indexes.text.averageDocLength,
    termStems: [...indexes.text.termStems],
    facetValues: Object.fromEntries(
      FILTER_FACETS.map((f) => [f, [...indexes.facets.columns[f].values]]),
    ) as Header['facetValues'],
    arrays: arrays.map(({ name, type, delta, array }) => ({
      name,
      type,
      length: array.length,
      delta,
    })),
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  let size = align8(12 + headerBytes.length)
  for (const { array } of arrays) size = align8(size + array.byteLength)
  const file = new Uint8Array(size) // zero-filled, so the padding is the same every time
  file.set(new TextEncoder().encode(MAGIC), 0)
  new DataView(file.buffer).setUint32(8, headerBytes.length, true)
  file.set(headerBytes, 12)
  let at = align8(12 + headerBytes.length)
  for (const { array, delta } of arrays) {
    const stored = delta ? differences(array as Uint32Array) : array
    file.set(new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength), at)
    at = align8(at + array.byteLength)
  }
  return file
}

function differences(values: Uint32Array): Uint32Array {
  const out = new Uint32Array(values.length)
  for (let i = 0; i < values.length; i++)
    out[i] = ((values[i] as number) - (i > 0 ? (values[i - 1] as number) : 0)) >>> 0
  return out
}

/**
 * The indexes stored in `buffer`, for the statements `quotes` (their ids prove the file was
 * built for them; their texts are folded on demand for phrase queries). The arrays are views
 * into `buffer`, which is changed in place: pass a buffer nobody else reads.
 */
export function decodeIndexFile(
  buffer: ArrayBuffer,
  quotes: readonly Pick<Quote, 'id' | 'text'>[],
): SearchIndexes {
  const header = readHeader(buffer)
  if (
    header.statements !== quotes.length ||
    header.firstId !== (quotes[0]?.id ?? '') ||
    header.lastId !== (quotes[quotes.length - 1]?.id ?? '')
  )
    throw new IndexFileError('the search index was built for other statements than the corpus')

  const arrays = readArrays(buffer, header)
  const get = <T extends AnyArray>(name: string) => arrays.get(name) as T
  const size = quotes.length
  const termCount = header.termStems.length

  const text: TextIndex = {
    docCount: size,
    dictionary: termDictionary(header.termStems),
    termStems: header.termStems,
    alphabetical: get<Uint32Array>('text.alphabetical'),
    postingStart: get<Uint32Array>('text.postingStart'),
    postingDoc: get<Uint32Array>('text.postingDoc'),
    postingCount: get<Uint16Array>('text.postingCount'),
    docLength: get<Uint16Array>('text.docLength'),
    averageDocLength: header.averageDocLength,
    folded: lazyFolded(quotes.map((q) => q.text)),
    irregularSpace: get<Uint8Array>('text.irregularSpace'),
  }
  expectLength(text.alphabetical, termCount, 'text.alphabetical')
  expectBelow(text.alphabetical, termCount, 'text.alphabetical')
  expectLength(text.postingStart, termCount + 1, 'text.postingStart')
  expectOffsets(text.postingStart, text.postingDoc.length, 'text.postingStart')
  expectLength(text.postingCount, text.postingDoc.length, 'text.postingCount')
  expectBelow(text.postingDoc, size, 'text.postingDoc')
  expectLength(text.docLength, size, 'text.docLength')
  expectLength(text.irregularSpace, size, 'text.irregularSpace')

  const columns = {} as Record<FilterFacet, FacetColumn>
  for (const f of FILTER_FACETS) {
    const values = header.facetValues[f]
    const start = get<Uint32Array>(`facets.${f}.start`)
    const valueOf = get<Uint16Array>(`facets.${f}.valueOf`)
    expectLength(start, size + 1, `facets.${f}.start`)
    expectOffsets(start, valueOf.length, `facets.${f}.start`)
    expectBelow(valueOf, values.length, `facets.${f}.valueOf`)
    columns[f] = {
      values,
      valueNumber: new Map(values.map((value, i) => [value, i])),
      start,
      valueOf,
    }
  }
  const orders = {} as Record<StoredOrder, Uint32Array>
  const ranks = {} as Record<StoredOrder, Uint32Array>
  for (const o of STORED_ORDERS) {
    const order = get<Uint32Array>(`orders.${o}`)
    expectLength(order, size, `orders.${o}`)
    ranks[o] = ranksOf(order, `orders.${o}`)
    orders[o] = order
  }
  const facets: FacetTable = { size, columns, orders, ranks }
  return { text, facets }
}

function readHeader(buffer: ArrayBuffer): Header {
  const bytes = new Uint8Array(buffer)
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    throw new IndexFileError('this is not a search index file')
  const length = new DataView(buffer).getUint32(8, true)
  if (12 + length > bytes.length) throw new IndexFileError('the search index file is cut short')
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)))
  } catch {
    throw new IndexFileError('the search index file has an unreadable header')
  }
  const parsed = v.safeParse(HeaderSchema, json)
  if (!parsed.success)
    throw new IndexFileError(
      `the search index file's header is malformed: ${describeIssues(parsed.issues)}`,
    )
  return parsed.output
}

function readArrays(buffer: ArrayBuffer, header: Header): Map<string, AnyArray> {
  const listed = header.arrays.map((a) => `${a.name}:${a.type}:${a.delta}`).join(' ')
  const expected = ARRAYS.map(({ name, type, delta }) => `${name}:${type}:${delta}`).join(' ')
  if (listed !== expected)
    throw new IndexFileError('the search index file lists other arrays than this app reads')
  const arrays = new Map<string, AnyArray>()
  const headerLength = new DataView(buffer).getUint32(8, true)
  let at = align8(12 + headerLength)
  for (const { name, type, length, delta } of header.arrays) {
    const Type = ARRAY_TYPES[type]
    if (at + length * Type.BYTES_PER_ELEMENT > buffer.byteLength)
      throw new IndexFileError(`the search index file is cut short (in ${name})`)
    const array = new Type(buffer, at, length)
    if (delta) accumulate(array as Uint32Array)
    arrays.set(name, array)
    at = align8(at + array.byteLength)
  }
  return arrays
}

function accumulate(values: Uint32Array): void {
  for (let i = 1; i < values.length; i++)
    values[i] = ((values[i - 1] as number) + (values[i] as number)) >>> 0
}

function expectLength(array: AnyArray, length: number, name: string): void {
  if (array.length !== length)
    throw new IndexFileError(`${name} has ${array.length} entries where ${length} were expected`)
}

function expectBelow(array: AnyArray, limit: number, name: string): void {
  for (let i = 0; i < array.length; i++)
    if ((array[i] as number) >= limit)
      throw new IndexFileError(`${name} points outside its table at entry ${i}`)
}

/** Offsets into a table of `total` entries: from 0, never decreasing, ending at `total`. */
function expectOffsets(offsets: Uint32Array, total: number, name: string): void {
  let previous = 0
  for (let i = 0; i < offsets.length; i++) {
    const offset = offsets[i] as number
    if (offset < previous || (i === 0 && offset !== 0))
      throw new IndexFileError(`${name} is not in order at entry ${i}`)
    previous = offset
  }
  if (previous !== total) throw new IndexFileError(`${name} does not end at ${total}`)
}

/** The inverse of an order, which must list every statement exactly once. */
function ranksOf(order: Uint32Array, name: string): Uint32Array {
  const rank = new Uint32Array(order.length).fill(0xffffffff)
  for (let i = 0; i < order.length; i++) {
    const d = order[i] as number
    if (d >= order.length || rank[d] !== 0xffffffff)
      throw new IndexFileError(`${name} does not list every statement once`)
    rank[d] = i
  }
  return rank
}
