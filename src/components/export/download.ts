/** Offers text (or bytes) as a file download (Blob + temporary link); works offline, nothing uploaded. */
export function downloadText(filename: string, text: BlobPart, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The app's absolute base URL, e.g. "https://host/explorer/", for links in exports. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href
}
