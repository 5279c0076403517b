/** @citation-js/core ships no types; the tests use its RIS parser (`new Cite(text).data`). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string)
    data: unknown[]
  }
}
