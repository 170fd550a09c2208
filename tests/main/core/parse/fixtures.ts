// Paths to the hand-written issue fixtures and the shared sample.

import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')

export const SAMPLE_NAME = 'hengyang-evening-news-2023-04-26.txt'

export function sampleText(): string {
  return readFileSync(resolve(repo, 'resources/samples', SAMPLE_NAME), 'utf8')
}

export function fixtureText(name: string): string {
  return readFileSync(resolve(repo, 'tests/fixtures/issues', name), 'utf8')
}

/** The hand-made gold beside the repo (`../shared/eval/seed-gold.json`), or null if absent. */
export function seedGold(): SeedGold | null {
  const path = resolve(repo, '../shared/eval/seed-gold.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SeedGold) : null
}

export interface SeedGold {
  articles: {
    kicker: string | null
    title: string
    subtitle: string | null
    reporters: string[]
    paragraphs: number
  }[]
  brokenParagraphJoins: string[]
}
