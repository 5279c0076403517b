import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './support/app-ready'
import { readBuiltCorpus } from './support/built-corpus'
import { watchPageErrors } from './support/page-errors'
import { shorten } from '../../src/domain/filters/facet-options'

/**
 * The whole app in Kazakh and Russian (issue 14, "Interface"): every main view, at 360 px, with
 * no English word left in its interface, nothing scrolling sideways, and axe clean; English too
 * for the last two. The corpus's own data (statements, source titles, names) is marked with its
 * language (`lang`) and left out of the word check: it is never translated.
 */
const corpus = readBuiltCorpus()
test.skip(corpus.quotes.length === 0, 'the corpus is still the empty placeholder')

const quote = corpus.quotes[0]!
const topic = corpus.topics.find((t) => corpus.quotes.some((q) => q.topicIds.includes(t.id)))!
const session = corpus.sessions.at(-1)!
const source = corpus.sources[0]!

const ROUTES = [
  '/',
  '/quotes',
  '/quotes?q=unity&topic=no-such-topic&colour=red',
  '/sessions',
  `/sessions/${session.id}?q=unity&session=1`,
  '/topics',
  `/topics/${topic.id}`,
  `/quotes/${quote.id}`,
  `/sources/${source.id}`,
  '/check',
  '/check?text=a%20new%20national%20identity%20has%20been%20formed%20in%20Kazakhstan',
  '/data',
  '/bookmarks',
  '/no-such-page',
]

/**
 * Words of an untranslated English interface. Names the interface keeps in every language (the
 * product, file formats, tools, licences) are removed first.
 */
const ENGLISH =
  /\b(the|and|of|with|for|this|these|statements?|sessions?|sources?|documents?|topics?|search|filters?|show|showing|open|copy|download|bookmarks?|page|not found|corpus|clear|export|share|cite|theme|place|speaker|kind|language|overview|check|field|meaning|rights|echoes|corroborated|unknown|loading|error|try|back|home|menu|skip|main|previous|next|more|fewer|sort|relevance|newest|oldest|results?|none|all|save|saved|notes?|remove|view|views)\b/i
const KEPT_NAMES =
  /Assembly Explorer|Data Package|Frictionless|CSL-JSON|CSV|JSON|Markdown|BibTeX|RIS|pandas|readr|Python|UTF-8|BOM|CC BY 4\.0|Creative Commons Attribution 4\.0|MIT|LICENSE|CITATION\.cff|ISO 8601|BCP 47|Ctrl\+C|⌘C|English|Қазақша|Русский|\/topics\b/g

/** Values the routes above put in the address: the reader's words, shown back as they are. */
const FROM_THE_ADDRESS = ['no-such-topic', 'colour', 'unity']

/**
 * The corpus's data as the pages may show it outside an element marked with its language
 * (inside a translated sentence, a filter's label): never translated, so left out of the check.
 */
const DATA = [
  ...corpus.sources.flatMap((s) => [
    s.title,
    shorten(s.title, 56).replace(/…$/, ''),
    shorten(s.title, 60).replace(/…$/, ''),
  ]),
  ...corpus.speakers.flatMap((s) => [s.name, s.role]),
  ...corpus.quotes.flatMap((q) => [q.text, q.section ?? '']),
  ...FROM_THE_ADDRESS,
]
  .filter((text) => text.length > 0)
  .sort((a, b) => b.length - a.length)

/**
 * Not translated yet, and not this test's to translate: the bookmarks feature
 * (src/features/bookmarks/*, its own engineer). Remove these, and the /bookmarks exception below,
 * when it lands in the catalogs.
 */
const BOOKMARKS_NOT_YET_TRANSLATED = /Save this view|Bookmark(?!s)/g

const withoutData = (text: string) => DATA.reduce((rest, data) => rest.split(data).join(' '), text)

/** The interface's words on the page: text and read attributes, without data in its own language. */
async function interfaceText(page: Page, locale: string): Promise<string> {
  return page.evaluate((locale) => {
    const body = document.body.cloneNode(true) as HTMLElement
    const foreign = `[lang]:not([lang="${locale}"]), code, pre, script, style, template`
    for (const el of body.querySelectorAll(foreign)) el.remove()
    const attributes = [...body.querySelectorAll('*')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']
        .map((name) => el.getAttribute(name))
        .filter((value): value is string => !!value),
    )
    return [body.textContent ?? '', ...attributes].join('\n')
  }, locale)
}

for (const locale of ['kk', 'ru', 'en'] as const)
  for (const route of ROUTES)
    test(`${locale}${route}: no English interface words (kk, ru), axe clean, fits 360 px`, async ({
      page,
    }) => {
      test.setTimeout(120_000) // axe over a long page on a shared machine
      const errors = watchPageErrors(page)
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(locale === 'en' ? route : `/${locale}${route}`)
      await waitForApp(page)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      if (route.startsWith('/check?')) await page.locator('[data-match-id]').first().waitFor()
      if (locale !== 'en' && route !== '/bookmarks') {
        const text = withoutData(await interfaceText(page, locale))
          .replace(KEPT_NAMES, ' ')
          .replace(BOOKMARKS_NOT_YET_TRANSLATED, ' ')
        const english = [...text.matchAll(new RegExp(ENGLISH.source, 'gi'))].map((m) =>
          text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' '),
        )
        expect(english).toEqual([])
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      )
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(axe.violations).toEqual([])
      expect(errors).toEqual([])
    })
