import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { messagesPlugin } from './scripts/build/messages-plugin.ts'

export default defineConfig({
  plugins: [react(), messagesPlugin()],
  resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // See tests/setup.ts: a busy machine is slow, not wrong.
    testTimeout: 20_000,
  },
})
