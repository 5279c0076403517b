/** People's names as the text writes them. */
const PATRONYMIC = /(?:вич|вна|ұлы|қызы|улы|кызы|vich|vna|uly|kyzy)$/u

/**
 * A person's name out of the capitalised words before it (`Член Ассамблеи Айгерим Сейтова`):
 * the last two words, or three with a patronymic in the middle.
 */
export function personalName(words: string): string {
  const parts = words.trim().split(/\s+/)
  const keep = parts.length > 2 && PATRONYMIC.test(parts.at(-2) ?? '') ? 3 : 2
  return parts.slice(-keep).join(' ')
}
