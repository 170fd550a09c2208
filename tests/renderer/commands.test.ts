import { describe, expect, it } from 'vitest'
import { commandSpecs, findCommand, formatBinding } from '../../src/renderer/src/commands'

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('command registry', () => {
  it('declares each command once with a unique id', () => {
    const ids = commandSpecs.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('binds no key to two commands', () => {
    const seen = new Set<string>()
    for (const c of commandSpecs)
      for (const b of c.keys) {
        const id = `${b.mod ? 'mod+' : ''}${b.shift ? 'shift+' : ''}${b.key}`
        expect(seen.has(id), id).toBe(false)
        seen.add(id)
      }
  })

  it('matches plain keys, ignoring Shift for printable ones, and never with Ctrl/⌘/Alt', () => {
    expect(findCommand(commandSpecs, key('j'))?.id).toBe('nextArticle')
    expect(findCommand(commandSpecs, key('J', { shiftKey: true }))?.id).toBe('nextArticle')
    expect(findCommand(commandSpecs, key('?', { shiftKey: true }))?.id).toBe('help')
    expect(findCommand(commandSpecs, key('j', { ctrlKey: true }))).toBeUndefined()
    expect(findCommand(commandSpecs, key('j', { altKey: true }))).toBeUndefined()
    expect(findCommand(commandSpecs, key('ArrowDown'))).toBeUndefined()
    expect(findCommand(commandSpecs, key('ArrowUp'))).toBeUndefined()
  })

  it('matches Ctrl and ⌘ combinations', () => {
    expect(findCommand(commandSpecs, key('o', { ctrlKey: true }))?.id).toBe('importFiles')
    expect(findCommand(commandSpecs, key('o', { metaKey: true }))?.id).toBe('importFiles')
    expect(findCommand(commandSpecs, key('O', { ctrlKey: true, shiftKey: true }))?.id).toBe(
      'importFolder',
    )
    expect(findCommand(commandSpecs, key('=', { ctrlKey: true }))?.id).toBe('fontLarger')
    expect(findCommand(commandSpecs, key('+', { ctrlKey: true, shiftKey: true }))?.id).toBe(
      'fontLarger',
    )
    expect(findCommand(commandSpecs, key('-', { metaKey: true }))?.id).toBe('fontSmaller')
    expect(findCommand(commandSpecs, key('0', { ctrlKey: true }))?.id).toBe('fontReset')
    expect(findCommand(commandSpecs, key('o'))).toBeUndefined()
  })

  it('tells Shift+E (focus the entity panel) from e (toggle highlights)', () => {
    expect(findCommand(commandSpecs, key('e'))?.id).toBe('toggleEntities')
    expect(findCommand(commandSpecs, key('E', { shiftKey: true }))?.id).toBe('focusEntities')
    expect(findCommand(commandSpecs, key('.'))?.id).toBe('nextMention')
    expect(findCommand(commandSpecs, key(','))?.id).toBe('prevMention')
    expect(formatBinding({ key: 'e', shift: true }, false)).toBe('Shift+E')
  })

  it('formats bindings per platform', () => {
    expect(formatBinding({ key: 'o', mod: true }, false)).toBe('Ctrl+O')
    expect(formatBinding({ key: 'o', mod: true }, true)).toBe('⌘O')
    expect(formatBinding({ key: 'o', mod: true, shift: true }, false)).toBe('Ctrl+Shift+O')
    expect(formatBinding({ key: '?' }, false)).toBe('?')
  })
})
