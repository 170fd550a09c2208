import { describe, expect, it } from 'vitest'
import { commandSpecs } from '../../src/renderer/src/commands'
import { en } from '../../src/renderer/src/i18n/en'
import { resolveLocale, translate } from '../../src/renderer/src/i18n/i18n'
import { zh } from '../../src/renderer/src/i18n/zh'

function placeholders(message: unknown): string[] {
  const text = typeof message === 'string' ? message : JSON.stringify(message)
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort()
}

describe('message catalogues', () => {
  it('Chinese and English have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
  })

  it('every message has the same placeholders and shape in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof zh[key], key).toBe(typeof en[key])
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]))
      expect(String(zh[key]).trim(), key).not.toBe('')
    }
  })

  it('labels every command in both languages', () => {
    for (const command of commandSpecs) {
      expect(en[command.label]).toBeTruthy()
      expect(zh[command.label]).toBeTruthy()
    }
  })

  it('fills placeholders and picks plural forms', () => {
    expect(translate(en, 'library.articles', { n: 1 })).toBe('1 article')
    expect(translate(en, 'library.articles', { n: 3 })).toBe('3 articles')
    expect(translate(zh, 'library.articles', { n: 3 })).toBe('3 篇文章')
    expect(translate(en, 'import.progress', { done: 2, total: 5 })).toBe('Importing 2 of 5…')
  })

  it('resolves "system" from the language tag', () => {
    expect(resolveLocale('system', 'zh-CN')).toBe('zh')
    expect(resolveLocale('system', 'zh-Hant-TW')).toBe('zh')
    expect(resolveLocale('system', 'en-GB')).toBe('en')
    expect(resolveLocale('system', 'de')).toBe('en')
    expect(resolveLocale('zh', 'en-US')).toBe('zh')
  })
})
