// Limits both sides of the API enforce; plain constants, so the renderer can import them
// without the contract's validators.

/** Largest file Gloss imports: 16 MiB, far above any newspaper issue (typically 10–500 KB). */
export const MAX_ISSUE_FILE_BYTES = 16 * 1024 * 1024
