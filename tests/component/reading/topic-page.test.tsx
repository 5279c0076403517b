import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale } from '@/i18n/i18n'
import { renderRoute } from './render-route'

const idsIn = (el: HTMLElement) =>
  within(el)
    .queryAllByRole('article')
    .map((a) => a.dataset.quoteId)

describe('/topics', () => {
  it('lists every topic with its description and statement counts per session', async () => {
    renderRoute('/topics')
    expect(await screen.findByRole('heading', { level: 1, name: 'Topics' })).toBeInTheDocument()
    const language = screen.getByRole('link', { name: 'Language policy' })
    expect(language).toHaveAttribute('href', '/topics/language-policy')
    const card = language.closest('li')!
    expect(card).toHaveTextContent(
      'The Kazakh language as the state language, and the rights of other speakers.',
    )
    expect(card).toHaveTextContent('6 statements')
    expect(card).toHaveTextContent('XXXI · 2022: 3')
    expect(card).toHaveTextContent('XXXII · 2023: 3')
  })
})

describe('/topics/$topicId', () => {
  it('aligns the points made at both sessions, each with the sources that report it', async () => {
    renderRoute('/topics/language-policy')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Language policy' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Language policy (topic) · Assembly Explorer')
    const both = screen.getByRole('region', { name: 'Said at both sessions' })
    const rows = within(both)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL')
    expect(rows).toHaveLength(2)
    expect(idsIn(within(rows[0]!).getByRole('group', { name: 'XXXI session · 2022' }))).toEqual([
      'q31-state-language',
    ])
    expect(idsIn(within(rows[0]!).getByRole('group', { name: 'XXXII session · 2023' }))).toEqual([
      'q32-language-knowledge',
    ])
    expect(idsIn(within(rows[1]!).getByRole('group', { name: 'XXXI session · 2022' }))).toEqual([
      'q31-language-status',
      'q31-article-language',
    ])
    expect(idsIn(within(rows[1]!).getByRole('group', { name: 'XXXII session · 2023' }))).toEqual([
      'q32-not-infringed',
      'q32-press-language',
    ])
  })

  it('lists the rest per session, in columns', async () => {
    renderRoute('/topics/unity-and-harmony')
    const single = await screen.findByRole('region', { name: 'Statements by session' })
    expect(
      idsIn(within(single).getByRole('region', { name: 'XXXI session · 29 April 2022' })),
    ).toEqual(['q31-highest-value', 'q31-provocations'])
    expect(
      idsIn(within(single).getByRole('region', { name: 'XXXII session · 27 April 2023' })),
    ).toEqual(['q32-together'])
  })

  it('filters by the URL, and carries the filters to the explorer', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/topics/language-policy?session=32&kind=reported')
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('region', { name: 'Said at both sessions' })).toBeNull()
    // Only session 32's reported statements on the topic; its echo's 2022 half is filtered out.
    expect(
      idsIn(screen.getByRole('region', { name: 'XXXII session · 27 April 2023' })).sort(),
    ).toEqual(['q32-language-knowledge', 'q32-not-infringed', 'q32-press-language'])
    expect(screen.queryByRole('region', { name: /XXXI session/ })).toBeNull()
    expect(screen.getByRole('link', { name: /open these in the explorer/i })).toHaveAttribute(
      'href',
      '/quotes?session=32&topic=language-policy&kind=reported',
    )
    await user.click(screen.getByRole('checkbox', { name: /XXXII \(2023\)/ }))
    expect(router.state.location.searchStr).toBe('?kind=reported')
    const both = await screen.findByRole('region', { name: 'Said at both sessions' })
    // The echo (2022 ↔ 2023) is back, both its halves.
    expect(idsIn(both)).toEqual(
      expect.arrayContaining(['q31-state-language', 'q32-language-knowledge']),
    )
  })

  it('says so when a topic has no statements', async () => {
    renderRoute('/topics/awards-and-honours')
    expect(
      await screen.findByText('No statement in the corpus is tagged with this topic yet.'),
    ).toBeInTheDocument()
  })

  it('shows a not-found page for an unknown topic', async () => {
    renderRoute('/topics/astrology')
    expect(await screen.findByText('Topic “astrology” is not in the corpus.')).toBeInTheDocument()
  })
})

describe('topics and sessions in the interface language', () => {
  afterEach(async () => {
    await act(() => activateLocale('en'))
  })

  it('/ru/topics/…: the topic’s name and description from the data, in the heading and the title', async () => {
    await activateLocale('ru')
    renderRoute('/ru/topics/language-policy')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Языковая политика' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Языковая политика (тема) · Assembly Explorer')
    expect(document.body).toHaveTextContent('Казахский язык как государственный')
    expect(document.body).not.toHaveTextContent('Language policy')
  })

  it('/kk/sessions/32: the theme, the place and the topics’ names in Kazakh; English where the data has none', async () => {
    await activateLocale('kk')
    renderRoute('/kk/sessions/32')
    expect(
      await screen.findByText('«Әділетті Қазақстан: бірлік, тұрақтылық, даму»'),
    ).toBeInTheDocument()
    expect(screen.getByText('Астана')).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 2, name: /^Ұлттық бірегейлік/ }),
    ).toBeInTheDocument()
    // The fixture gives this topic no Kazakh name: its English one stands in.
    expect(screen.getByRole('heading', { level: 2, name: /^Language policy/ })).toBeInTheDocument()
  })
})
