/** Kazakh press writing, one form per test, on short texts written for these tests. */
import { describe, expect, it } from 'vitest'
import { leftOut, readText, statements } from './read-text'

const TOKAYEV = 'Kassym-Jomart Tokayev'
const kk = { language: 'kk' as const }
const direct = (raw: string) => statements(raw, kk).filter(([k]) => k === 'direct')

describe('Kazakh: direct quotes', () => {
  it('takes «…», – деді Мемлекет басшысы (verb first)', () => {
    expect(direct('«Бірлік – біздің басты байлығымыз», – деді Мемлекет басшысы.')).toEqual([
      ['direct', TOKAYEV, 'Бірлік – біздің басты байлығымыз'],
    ])
  })

  it('takes "…", -дейді Тоқаев with straight marks', () => {
    expect(direct('"Әр азамат елдің болашағына жауапты", -дейді Тоқаев.')).toEqual([
      ['direct', TOKAYEV, 'Әр азамат елдің болашағына жауапты'],
    ])
  })

  it('takes «…» деп атап өтті with the subject before the quotation (verb-final)', () => {
    expect(
      direct('Тоқаев «мемлекеттік тіл барлық азаматтарды біріктіруі керек» деп атап өтті.'),
    ).toEqual([['direct', TOKAYEV, 'мемлекеттік тіл барлық азаматтарды біріктіруі керек']])
  })

  it('takes a verb no list foresees, next to a subject: «…», – деп түйіндеді Президент', () => {
    expect(direct('«Біз бейбітшілікті сақтаймыз», – деп тұжырымдады Президент.')).toEqual([
      ['direct', TOKAYEV, 'Біз бейбітшілікті сақтаймыз'],
    ])
  })

  it('gives a second speaker a Latin id from Kazakh letters', () => {
    const { statements: found } = readText(
      '«Жастарға бұл өте пайдалы болады», – деді Әйгерім Нұрланқызы, Ассамблея мүшесі.',
      kk,
    )
    expect(found.map((s) => s.speaker.id)).toEqual(['aygerim-nurlankyzy'])
  })
})

describe('Kazakh: reported statements', () => {
  it('reports a verb-final sentence and inflected names (Мемлекет басшысының, Тоқаевтың)', () => {
    expect(
      statements(
        [
          'Мемлекет басшысы Ассамблея елді жаңғыртуда маңызды рөл атқарғанын атап өтті.',
          'Оның айтуынша, реформалар ұлт бірлігіне жаңа негіз қалады.',
          'Тоқаевтың пікірінше, әр азамат мемлекеттік тілді білуі тиіс.',
        ].join('\n\n'),
        kk,
      ),
    ).toEqual([
      [
        'reported',
        TOKAYEV,
        'Мемлекет басшысы Ассамблея елді жаңғыртуда маңызды рөл атқарғанын атап өтті.',
      ],
      ['reported', TOKAYEV, 'Оның айтуынша, реформалар ұлт бірлігіне жаңа негіз қалады.'],
      ['reported', TOKAYEV, 'Тоқаевтың пікірінше, әр азамат мемлекеттік тілді білуі тиіс.'],
    ])
  })

  it('leaves out the dateline, the event and residue', () => {
    const raw = [
      'Мемлекет басшысы Ассамблея сессиясына қатысты',
      'АСТАНА. KAZINFORM – Қасым-Жомарт Тоқаев Қазақстан халқы Ассамблеясының XXXII сессиясына қатысты.',
      'Тағы оқыңыз: Президент жарлыққа қол қойды',
      'Сурет: Ақорда',
      'Анықтама',
      'Ассамблея 1995 жылы құрылған.',
    ].join('\n\n')
    expect(statements(raw, kk)).toEqual([])
    expect(leftOut(raw, kk).map(([reason]) => reason)).toEqual([
      'heading',
      'dateline',
      'event',
      'residue',
      'caption',
      'heading',
      'background',
    ])
  })

  it('takes the speech after «Сөйлеген сөзінің толық мәтіні», without salutations', () => {
    const raw = [
      'Мемлекет басшысы сессияда сөз сөйледі. Сөйлеген сөзінің толық мәтіні:',
      'Құрметті сессияға қатысушылар!',
      'Біздің бірлігіміз – барлық жетістіктің негізі.',
      '(Қол шапалақтау)',
    ].join('\n\n')
    expect(statements(raw, kk)).toEqual([
      ['direct', TOKAYEV, 'Біздің бірлігіміз – барлық жетістіктің негізі.'],
    ])
  })

  it('makes interview answers direct (Сұрақ/Жауап)', () => {
    const raw = [
      'Сұрақ: Ассамблеяның басты міндеті қандай?',
      'Жауап: Басты міндет – барлық этностар арасындағы татулықты сақтау.',
    ].join('\n\n')
    expect(statements(raw, kk)).toEqual([
      ['direct', TOKAYEV, 'Басты міндет – барлық этностар арасындағы татулықты сақтау.'],
    ])
  })
})
