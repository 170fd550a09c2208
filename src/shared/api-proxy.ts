// Builds an API object with one function per method name. Zod-free, so the sandboxed preload
// can use it as well as the renderer's HTTP and unwrapping layers.
import { apiMethods, type ApiMethod } from './api-methods'

/** Any object with one async function per API method (`GlossApi`, `WireApi`). */
export type ApiShape = { [M in ApiMethod]: (args: never) => Promise<unknown> }

/**
 * One function per method, each made by `implement(method)`. The types of `Api` are asserted
 * here, the one place they are: each caller's `implement` forwards a method to a transport
 * (IPC, HTTP, another API) whose far end validates the arguments against the contract.
 */
export function buildApi<Api extends ApiShape>(
  implement: (method: ApiMethod) => (args: never) => Promise<unknown>,
): Api {
  return Object.fromEntries(apiMethods.map((method) => [method, implement(method)])) as Api
}
