/** @citation-js/core ships no types; the tests use its RIS parser (`new Cite(text).data`). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string)
    data: unknown[]
  }
}

/** jsdom's types are not installed; the browser tests parse built pages with it. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string)
    window: Window & typeof globalThis
  }
}
