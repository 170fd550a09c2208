// SHA-256 without Node's crypto, so the core stays runnable anywhere (and lint can forbid
// Node built-ins in it). @noble/hashes is audited, dependency-free and standard-conformant.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/** The SHA-256 of `text` encoded as UTF-8, in lowercase hex (as Node's `digest('hex')`). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}
