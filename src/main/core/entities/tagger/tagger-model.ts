import { FEATURE_SET, featureTemplates } from './extract-features'
import { tagScheme, type SchemeName, type TagScheme } from './tag-scheme'
import type { WeightDelta } from './weight-delta'

/** What the model file's header says about how it was made (the model card repeats it). */
export interface TaggerModelHeader {
  format: 1
  featureSet: string
  templates: string[]
  scheme: SchemeName
  bits: number
  /** Stored weights are score × scale, rounded to int16. */
  scale: number
  /** Administrative divisions the gazetteer feature knows beyond the built-in ones. */
  places?: string[]
  /** Free-form provenance: data, split, epochs, scores. */
  info: Record<string, unknown>
}

/**
 * A linear-chain tagger: per-bucket emission weights (`2^bits × tags`) and tag-to-tag
 * transition weights (`(tags + 1) × tags`, the last row scoring the first tag).
 */
export interface TaggerModel {
  header: TaggerModelHeader
  scheme: TagScheme
  emission: Int16Array | Float32Array
  /** Distance between two buckets' weights in `emission` (≥ the tag count). */
  stride: number
  transition: Int16Array | Float32Array
  /** Divides stored scores back into perceptron units (for margins). */
  scale: number
  /** What this library learned from its user's corrections, added to `emission`. */
  delta?: WeightDelta | null
}

const MAGIC = 'GLOSSTAG'

export class TaggerModelError extends Error {}

/**
 * Reads a model file's bytes (no file system: the host passes them in). Refuses a file with
 * the wrong magic, an unknown format or a feature set this code does not compute.
 */
export function readTaggerModel(bytes: Uint8Array): TaggerModel {
  if (new Uint16Array(new Uint8Array([1, 0]).buffer)[0] !== 1)
    throw new TaggerModelError('tagger models are little-endian; this machine is not')
  const magic = String.fromCharCode(...bytes.subarray(0, 8))
  if (magic !== MAGIC) throw new TaggerModelError('not a Gloss tagger model')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(8, true)
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)),
  ) as TaggerModelHeader
  if (header.format !== 1) throw new TaggerModelError(`unknown model format ${header.format}`)
  if (
    header.featureSet !== FEATURE_SET ||
    header.templates.join('|') !== featureTemplates.join('|')
  )
    throw new TaggerModelError(`model features ${header.featureSet} are not ${FEATURE_SET}`)
  const scheme = tagScheme(header.scheme)
  const T = scheme.size
  const emissionCount = 2 ** header.bits * T
  const transitionCount = (T + 1) * T
  const at = align(12 + headerLength)
  const needed = at + 2 * (emissionCount + transitionCount)
  if (bytes.byteLength !== needed)
    throw new TaggerModelError(`model is ${bytes.byteLength} bytes, expected ${needed}`)
  // Int16Array needs an even offset into its buffer; copy when the host's bytes are not.
  const base = (bytes.byteOffset + at) % 2 === 0 ? bytes : bytes.slice()
  const offset = base.byteOffset + at
  const stored = new Int16Array(base.buffer, offset, emissionCount)
  const { emission, stride } = padded(stored, T)
  return {
    header,
    scheme,
    emission,
    stride,
    transition: new Int16Array(base.buffer, offset + 2 * emissionCount, transitionCount),
    scale: header.scale,
  }
}

/**
 * BIOES's 13 weights per bucket are laid out 16 apart in memory, so a bucket never straddles
 * two cache lines: emission scoring is bound by these random reads. Costs 3 MB at 2^17.
 */
function padded(stored: Int16Array, T: number): { emission: Int16Array; stride: number } {
  if (T !== 13) return { emission: stored, stride: T }
  const buckets = stored.length / T
  const emission = new Int16Array(buckets * 16)
  for (let b = 0; b < buckets; b++) emission.set(stored.subarray(b * T, b * T + T), b * 16)
  return { emission, stride: 16 }
}

const align = (n: number): number => Math.ceil(n / 8) * 8

/**
 * Writes a float model as a file: weights scaled so the largest is 32767 and rounded.
 * Used by the training tool and by tests that build a tiny model.
 */
export function writeTaggerModel(
  header: Omit<TaggerModelHeader, 'format' | 'featureSet' | 'templates' | 'scale'>,
  emission: Float32Array,
  transition: Float32Array,
): Uint8Array {
  let max = 1e-9
  for (const w of emission) max = Math.max(max, Math.abs(w))
  for (const w of transition) max = Math.max(max, Math.abs(w))
  const scale = 32767 / max
  const full: TaggerModelHeader = {
    format: 1,
    featureSet: FEATURE_SET,
    templates: [...featureTemplates],
    ...header,
    scale,
  }
  const json = new TextEncoder().encode(JSON.stringify(full))
  const at = align(12 + json.length)
  const out = new Uint8Array(at + 2 * (emission.length + transition.length))
  out.set(new TextEncoder().encode(MAGIC), 0)
  new DataView(out.buffer).setUint32(8, json.length, true)
  out.set(json, 12)
  const weights = new Int16Array(out.buffer, at, emission.length + transition.length)
  for (let k = 0; k < emission.length; k++) weights[k] = Math.round(emission[k] * scale)
  for (let k = 0; k < transition.length; k++)
    weights[emission.length + k] = Math.round(transition[k] * scale)
  return out
}
