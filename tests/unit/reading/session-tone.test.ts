import { describe, expect, it } from 'vitest'
import { sessionRank, sessionTone } from '@/components/corpus/session-badge'

const session = (number: number) => ({ id: String(number), number })
const seed = [session(31), session(32)]

describe('session colours', () => {
  it('keep the seed corpus as it was: XXXI amber, XXXII cyan', () => {
    expect(sessionTone('31', seed).rule).toBe('border-tone-amber dark:border-amber-500')
    expect(sessionTone('32', seed).rule).toBe('border-tone-cyan dark:border-cyan-500')
  })

  it('follow the sessions list by number, whatever its order, so every page agrees', () => {
    const listed = [session(33), session(25), session(32), session(31)]
    expect(['25', '31', '32', '33'].map((id) => sessionRank(id, listed))).toEqual([0, 1, 2, 3])
    expect(sessionTone('33', listed)).toEqual(sessionTone('33', [...listed].reverse()))
  })

  it('give any number of sessions a colour, neighbours never the same', () => {
    const many = Array.from({ length: 33 }, (_, i) => session(i + 1))
    const tones = many.map((s) => sessionTone(s.id, many).dot)
    for (let i = 1; i < tones.length; i++) expect(tones[i]).not.toBe(tones[i - 1])
    expect(new Set(tones).size).toBe(8)
    expect(tones.every((dot) => !dot.startsWith('bg-slate'))).toBe(true)
  })

  it('give a session that is not in the list a neutral tone', () => {
    expect(sessionRank('40', seed)).toBe(-1)
    expect(sessionTone('40', seed).dot).toBe('bg-slate-500')
  })
})
