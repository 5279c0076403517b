/**
 * The fixed query list every engine answers, at every corpus size. The words come from the
 * real documents, so the synthetic corpora (built from their language) contain them too.
 */

export interface BenchQuery {
  /** Short stable key for the JSON report. */
  key: string
  label: string
  /** Exactly what is typed; the timed keystroke is its last character. */
  q: string
  session?: string[]
  topic?: string[]
}

/**
 * @param topicId a topic that exists in the corpus under test (for the filtered query).
 */
export function benchQueries(topicId: string | null): BenchQuery[] {
  return [
    { key: 'word', label: 'one word: unity', q: 'unity' },
    { key: 'prefix3', label: 'three letters: nat', q: 'nat' },
    { key: 'twoWordsPrefix', label: 'two words, last a prefix: national ide', q: 'national ide' },
    { key: 'phrase', label: 'phrase: "state language"', q: '"state language"' },
    // Cyrillic, inflected: the Russian documents say «Единство», «единства», «единстве».
    { key: 'cyrillic', label: 'Cyrillic, inflected: единства', q: 'единства' },
    {
      key: 'filtered',
      label: `unity + session 32${topicId ? ` + topic ${topicId}` : ''}`,
      q: 'unity',
      session: ['32'],
      ...(topicId ? { topic: [topicId] } : {}),
    },
  ]
}

/** The `/quotes` URL that opens with a query's filters applied (the codec's readable form). */
export function filtersSearch(query: BenchQuery): string {
  const params: string[] = []
  if (query.session?.length) params.push(`session=${query.session.join(',')}`)
  if (query.topic?.length) params.push(`topic=${query.topic.join(',')}`)
  return params.length ? `?${params.join('&')}` : ''
}
