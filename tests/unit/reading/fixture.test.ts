import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CorpusSchema, checkCorpusIntegrity } from '@/domain/corpus/schema'
import { readingCorpus } from '../../fixtures/reading-corpus'

describe('the reading fixture corpus', () => {
  it('satisfies the corpus contract', () => {
    const parsed = v.safeParse(CorpusSchema, readingCorpus)
    expect(parsed.issues ?? []).toEqual([])
    expect(checkCorpusIntegrity(readingCorpus)).toEqual([])
  })
})
