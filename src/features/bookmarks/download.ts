/** `assembly-explorer-bookmarks-2024-05-01.csv` */
export function exportFileName(extension: string, date = new Date()): string {
  return `assembly-explorer-bookmarks-${date.toISOString().slice(0, 10)}.${extension}`
}
