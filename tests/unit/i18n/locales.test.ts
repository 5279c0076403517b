import { describe, expect, it } from 'vitest'
import {
  localisePath,
  localisePathname,
  preferredLocale,
  splitLocalePath,
} from '@/domain/i18n/locales'

describe('splitLocalePath', () => {
  it('reads a Kazakh or Russian prefix and gives the routes the bare path', () => {
    expect(splitLocalePath('/kk/quotes/abc')).toEqual({ locale: 'kk', path: '/quotes/abc' })
    expect(splitLocalePath('/ru')).toEqual({ locale: 'ru', path: '/' })
    expect(splitLocalePath('/ru/')).toEqual({ locale: 'ru', path: '/' })
  })
  it('takes an unprefixed path as English, and a word that only starts like a prefix too', () => {
    expect(splitLocalePath('/quotes')).toEqual({ locale: 'en', path: '/quotes' })
    expect(splitLocalePath('/rules')).toEqual({ locale: 'en', path: '/rules' })
    expect(splitLocalePath('/kkk/x')).toEqual({ locale: 'en', path: '/kkk/x' })
  })
})

describe('localisePath', () => {
  it('adds the prefix for Kazakh and Russian, none for English', () => {
    expect(localisePath('/quotes/abc', 'ru')).toBe('/ru/quotes/abc')
    expect(localisePath('/', 'kk')).toBe('/kk/')
    expect(localisePath('/quotes', 'en')).toBe('/quotes')
  })
  it('replaces a prefix already there', () => {
    expect(localisePath('/ru/topics', 'kk')).toBe('/kk/topics')
    expect(localisePath('/kk/topics', 'en')).toBe('/topics')
  })
})

describe('preferredLocale', () => {
  it('keeps the language chosen before', () => {
    expect(preferredLocale('kk', ['ru-RU'])).toBe('kk')
  })
  it('else takes the first browser language the interface has', () => {
    expect(preferredLocale(null, ['de-DE', 'ru-RU', 'en'])).toBe('ru')
    expect(preferredLocale('xx', ['kk-KZ'])).toBe('kk')
  })
  it('else English', () => {
    expect(preferredLocale(undefined, ['de', 'fr'])).toBe('en')
  })
})

describe('localisePathname', () => {
  it('puts the prefix after the base path', () => {
    expect(localisePathname('/explorer/quotes', '/explorer/', 'kk')).toBe('/explorer/kk/quotes')
    expect(localisePathname('/explorer/ru/quotes', '/explorer/', 'en')).toBe('/explorer/quotes')
    expect(localisePathname('/explorer/', '/explorer/', 'ru')).toBe('/explorer/ru/')
    expect(localisePathname('/topics', '/', 'ru')).toBe('/ru/topics')
  })
})
