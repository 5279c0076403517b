import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layers of docs/architecture.md are enforced by eslint.config.js. Here the project's own
 * config lints planted files (given by path and text; nothing is written), so a rule that
 * stops catching an import form fails this test, and so does a rule that catches too much.
 */
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() })
})

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const RESTRICTED = 'import-x/no-restricted-paths'

describe('the linter enforces the layers on every import form', { timeout: 120_000 }, () => {
  it('domain code importing a feature by a relative path fails', async () => {
    expect(
      await ruleIds(
        'src/domain/search/planted.ts',
        "export { fetchBytes } from '../../features/corpus/fetch-bytes'\n",
      ),
    ).toEqual([RESTRICTED])
  })

  it('domain code importing shared UI, a route or the app, by alias or path, fails', async () => {
    expect(
      await ruleIds(
        'src/domain/corpus/planted.ts',
        [
          "export { QuoteCard } from '@/components/corpus/quote-card'",
          "export { useDocumentTitle } from '../../hooks/use-document-title'",
          "export { Route } from '../../routes/quotes/index'",
          "export { createAppRouter } from '@/app/create-router'",
          '',
        ].join('\n'),
      ),
    ).toEqual([RESTRICTED, RESTRICTED, RESTRICTED, RESTRICTED])
  })

  it('domain code importing Node or React fails; other domain code passes', async () => {
    expect(
      await ruleIds(
        'src/domain/corpus/planted.ts',
        [
          "export { readFileSync } from 'node:fs'",
          "export { useState } from 'react'",
          "export { plural } from '../corpus/format'",
          "export { normalize } from '@/domain/search/normalize'",
          '',
        ].join('\n'),
      ),
    ).toEqual(['no-restricted-imports', 'no-restricted-imports'])
  })

  it('a feature importing a route fails', async () => {
    expect(
      await ruleIds(
        'src/features/explorer/planted.ts',
        "export { Route } from '../../routes/quotes/index'\n",
      ),
    ).toEqual([RESTRICTED])
  })

  it("a feature importing another feature's internals fails; what is shared passes", async () => {
    expect(
      await ruleIds(
        'src/features/explorer/components/planted.ts',
        [
          "export { QuotePage } from '../../quotes/components/quote-page'",
          "export { useBookmarksStore } from '@/features/bookmarks/store/use-bookmarks-store'",
          "export { BookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'",
          "export { useCorpus } from '../../corpus/use-corpus'",
          "export { QuoteCard } from '@/components/corpus/quote-card'",
          '',
        ].join('\n'),
      ),
    ).toEqual([RESTRICTED, RESTRICTED])
  })

  it('shared UI importing a feature fails', async () => {
    expect(
      await ruleIds(
        'src/components/corpus/planted.ts',
        "export { BookmarkToggle } from '../../features/bookmarks/components/bookmark-toggle'\n",
      ),
    ).toEqual([RESTRICTED])
  })

  it('the corpus builder importing app code fails; domain code passes', async () => {
    expect(
      await ruleIds(
        'scripts/corpus/planted.ts',
        [
          "export { loadCorpus } from '../../src/features/corpus/load-corpus'",
          "export { buildCorpus } from '../../src/domain/corpus/builder/build'",
          '',
        ].join('\n'),
      ),
    ).toEqual([RESTRICTED])
  })

  it('an import cycle fails', async () => {
    // result-list.tsx imports highlighted-text.tsx; planting the way back closes a cycle.
    const planted = [
      "import { ResultList } from './result-list'",
      'export const planted = ResultList',
      '',
    ].join('\n')
    expect(await ruleIds('src/features/explorer/components/highlighted-text.tsx', planted)).toEqual(
      ['import-x/no-cycle'],
    )
  })
})
