import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { StructureEdit, StructureRole } from '../../../../shared/model'
import type { MessageKey } from '../../i18n/en'
import { useI18n } from '../../i18n/i18n'
import type { StructureMenuRequest } from '../reader/PartControl'

const roleItems: ReadonlyArray<[StructureRole, MessageKey]> = [
  ['kicker', 'structure.makeKicker'],
  ['title', 'structure.makeTitle'],
  ['subtitle', 'structure.makeSubtitle'],
  ['byline', 'structure.makeByline'],
  ['paragraph', 'structure.makeParagraph'],
  ['credit', 'structure.makeCredit'],
]

interface StructureMenuProps {
  request: StructureMenuRequest
  onEdit: (at: number, edit: StructureEdit) => void
  onClose: () => void
}

/** What a line can become, and where an article can be split or merged; arrows move, Esc closes. */
export function StructureMenu({ request, onEdit, onClose }: StructureMenuProps) {
  const { t } = useI18n()
  const menu = useRef<HTMLDivElement>(null)
  const { target } = request

  // Focus goes back where it was (the margin control, a line) when the menu closes.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    const own = menu.current
    return () => {
      const now = document.activeElement
      if (!now || now === document.body || own?.contains(now)) before?.focus?.()
    }
  }, [])

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
    const away = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose()
    }
    document.addEventListener('mousedown', away)
    return () => document.removeEventListener('mousedown', away)
  }, [request, onClose])

  const pick = (edit: StructureEdit) => {
    onClose()
    onEdit(target.at, edit)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
    ]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    const move = (to: number) => items[(to + items.length) % items.length]?.focus()
    if (event.key === 'Escape') onClose()
    else if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(-1)
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  const x = Math.max(8, Math.min(request.x, window.innerWidth - 260))
  const y = Math.max(8, Math.min(request.y, window.innerHeight - 320))
  return (
    <div
      ref={menu}
      className="structure-menu"
      role="menu"
      aria-label={t('structure.menu')}
      data-testid="structure-menu"
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
    >
      {roleItems.map(([role, label]) => (
        <button
          type="button"
          key={role}
          role="menuitemradio"
          aria-checked={target.role === role}
          disabled={target.role === role}
          className="structure-menu__item"
          data-testid="structure-role"
          data-role={role}
          onClick={() => pick({ kind: 'role', role })}
        >
          {t(label)}
        </button>
      ))}
      <hr className="structure-menu__rule" />
      <button
        type="button"
        role="menuitem"
        className="structure-menu__item"
        data-testid="structure-split"
        disabled={target.firstInArticle}
        onClick={() => pick({ kind: 'split' })}
      >
        {t('structure.split')}
      </button>
      <button
        type="button"
        role="menuitem"
        className="structure-menu__item"
        data-testid="structure-merge"
        disabled={!target.firstInArticle || target.articleIndex === 0}
        onClick={() => pick({ kind: 'merge' })}
      >
        {t('structure.merge')}
      </button>
    </div>
  )
}
