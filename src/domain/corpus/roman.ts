/** Roman numerals, as the Assembly numbers its sessions (XXXIII). */

const ROMAN: [string, number][] = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
]

/** The value of a numeral, read leniently (any case; IIII is 4), or null when it is none. */
export function fromRoman(roman: string): number | null {
  let n = 0
  let rest = roman.toUpperCase()
  for (const [symbol, value] of ROMAN)
    while (rest.startsWith(symbol)) {
      n += value
      rest = rest.slice(symbol.length)
    }
  return rest === '' && n > 0 ? n : null
}

export function toRoman(n: number): string {
  let out = ''
  for (const [symbol, value] of ROMAN)
    while (n >= value) {
      out += symbol
      n -= value
    }
  return out
}
