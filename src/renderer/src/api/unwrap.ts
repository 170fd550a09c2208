import type { ApiArgs, ApiResults, GlossApi, WireApi } from '../../../shared/contract'
import type { ApiMethod } from '../../../shared/api-methods'
import { buildApi } from '../../../shared/api-proxy'
import { unwrapResult } from './api-error'

function unwrapMethod<M extends ApiMethod>(wire: WireApi, method: M) {
  return async (args: ApiArgs[M]): Promise<ApiResults[M]> => {
    const call: WireApi[M] = wire[method]
    return unwrapResult(await call(args))
  }
}

/** Turns a wire API (every call resolves to a `Result`) into one that returns values and
 * throws `ApiError` — the shape components use. */
export function unwrapApi(wire: WireApi): GlossApi {
  return buildApi<GlossApi>((method) => unwrapMethod(wire, method))
}
