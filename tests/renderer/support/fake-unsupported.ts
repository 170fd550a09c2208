// A placeholder for fake API methods whose UI does not exist yet: each call rejects with
// `unsupported`, as a host without the feature would. Replace per domain file when building it.
import { ApiError } from '../../../src/renderer/src/api/api-error'

export function unsupported(method: string) {
  return async (): Promise<never> => {
    throw new ApiError('unsupported', `The fake API does not implement ${method} yet.`)
  }
}
