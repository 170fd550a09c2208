import type { ApiMethod } from '../../../shared/api-methods'
import type { ApiDomain, ApiResults, DomainMethod, ParsedArgs } from '../../../shared/contract'

/** The implementation of contract methods `M`, taking validated arguments. */
export type HandlersFor<M extends ApiMethod> = {
  [K in M]: (args: ParsedArgs[K]) => Promise<ApiResults[K]>
}

/** The handlers of one domain: exactly the methods the contract declares for it. */
export type DomainHandlers<D extends ApiDomain> = HandlersFor<DomainMethod<D>>

export type ApiHandlers = HandlersFor<ApiMethod>

export interface HostCapabilities {
  kind: 'electron' | 'web' | 'cli'
  /** Whether the host may read files by path for an import (never the browser host). */
  readsPaths: boolean
  /** Shows a native open dialog; absent where the host has none (the browser host). */
  pickImportPaths?: (mode: 'files' | 'folder') => Promise<string[]>
  /** Shows a native save dialog; returns the chosen path, or null when cancelled. */
  pickSavePath?: (suggestedName: string, kind: 'file' | 'folder') => Promise<string | null>
}
