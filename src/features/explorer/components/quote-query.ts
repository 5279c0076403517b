/**
 * The search text as a reader sees it in a sentence: in curly quotation marks, unless it
 * already has its own (an "exact phrase"), which would otherwise read “"like this"”.
 */
export function quoteQuery(q: string): string {
  return /["“”„«»]/.test(q) ? q : `“${q}”`
}
