/**
 * `npm run corpus -- --format csv|json|datapackage [--data-out DIR] [--base-url URL]`: writes the
 * corpus as a dataset (src/domain/export/dataset.ts), the same files the app's /data page
 * offers, so tools outside the app never need its code.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorpusModel } from '../../src/domain/corpus/model'
import type { Corpus } from '../../src/domain/corpus/schema'
import { DATASET_FILES, datasetFile, type DatasetFormat } from '../../src/domain/export/dataset'

export const DEFAULT_DATA_OUT = 'dataset'

/** Checks `--format` values; throws with the allowed ones. */
export function datasetFormats(values: readonly string[]): DatasetFormat[] {
  const allowed = Object.keys(DATASET_FILES)
  for (const v of values)
    if (!allowed.includes(v))
      throw new Error(`--format ${v}: expected one of ${allowed.join(', ')}`)
  return values as DatasetFormat[]
}

/** Writes each format's file into `dir`; returns the paths written. */
export function writeDataset(
  corpus: Corpus,
  formats: readonly DatasetFormat[],
  dir: string,
  baseUrl: string,
): string[] {
  const model = buildCorpusModel(corpus)
  mkdirSync(dir, { recursive: true })
  return formats.map((format) => {
    const path = join(dir, DATASET_FILES[format])
    writeFileSync(path, datasetFile(format, model, { homepage: baseUrl }))
    return path
  })
}
