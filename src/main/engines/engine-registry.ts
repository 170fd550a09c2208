import { createJiebaEngine } from './jieba-engine'
import { createSegmentitEngine } from './segmentit-engine'
import type { EngineName, SegmenterEngine } from '../core/entities/engines/segmenter-engine'

const factories: Record<EngineName, () => SegmenterEngine> = {
  jieba: createJiebaEngine,
  segmentit: createSegmentitEngine,
}

const loaded = new Map<EngineName, SegmenterEngine>()
const loadMs = new Map<EngineName, number>()

/** jieba: ~60× faster and loads faster than segmentit here (see bench/entities.ts). */
export const defaultEngineName: EngineName = 'jieba'

/** The engine, loaded on first request and kept for the process (dictionary loading is slow). */
export function getEngine(name: EngineName = defaultEngineName): SegmenterEngine {
  let engine = loaded.get(name)
  if (!engine) {
    const t0 = performance.now()
    engine = factories[name]()
    loadMs.set(name, performance.now() - t0)
    loaded.set(name, engine)
  }
  return engine
}

/** How long the engine took to load in this process, or null if it has not been loaded. */
export function engineLoadMs(name: EngineName): number | null {
  return loadMs.get(name) ?? null
}
