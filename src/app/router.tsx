import { createAppRouter } from './create-router'

/** The browser's one router. */
export const router = createAppRouter()
