import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// The views load their data asynchronously (the corpus, the search index, a worker). On a busy
// machine (CI's two cores running several test files at once) that takes longer than Testing
// Library's default 1 s wait; a wrong view still fails, only later.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
  localStorage.clear()
})
