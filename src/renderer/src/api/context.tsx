import { createContext, useContext, type ReactNode } from 'react'
import type { GlossApi } from '../../../shared/contract'

const ApiContext = createContext<GlossApi | null>(null)

export function ApiProvider({ api, children }: { api: GlossApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): GlossApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it')
  return api
}
