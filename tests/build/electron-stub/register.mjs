// `node --import ./register.mjs out/main/index.js`: runs the built main bundle with `electron`
// replaced by a recording stub, since the Electron binary cannot run on the build machines.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
