import type { Codebook, Theme } from '../../../../shared/model'
import { DeleteThemeDialog } from './DeleteThemeDialog'
import { MergeThemeDialog } from './MergeThemeDialog'
import { ThemeDialog } from './ThemeDialog'
import type { CodebookState } from './use-codebook'

export type ThemeDialogState =
  { kind: 'add' } | { kind: 'edit' | 'merge' | 'delete'; theme: Theme } | null

interface ThemeDialogsProps {
  dialog: ThemeDialogState
  codebook: Codebook
  state: CodebookState
  onClose: () => void
}

/** The open codebook dialog, wired to the codebook's changes. */
export function ThemeDialogs({ dialog, codebook, state, onClose }: ThemeDialogsProps) {
  if (!dialog) return null
  if (dialog.kind === 'add')
    return (
      <ThemeDialog
        codebook={codebook}
        theme={null}
        onCancel={onClose}
        onSave={({ parentId, ...fields }) => {
          onClose()
          void state.add({ ...fields, parentId })
        }}
      />
    )
  const { theme } = dialog
  if (dialog.kind === 'edit')
    return (
      <ThemeDialog
        codebook={codebook}
        theme={theme}
        onCancel={onClose}
        onSave={async ({ parentId, ...fields }) => {
          onClose()
          await state.update({ id: theme.id, ...fields })
          if (parentId !== theme.parentId)
            await state.move({ id: theme.id, parentId, index: Number.MAX_SAFE_INTEGER })
        }}
      />
    )
  if (dialog.kind === 'merge')
    return (
      <MergeThemeDialog
        codebook={codebook}
        theme={theme}
        fetchUsage={state.usage}
        onCancel={onClose}
        onConfirm={(intoId) => {
          onClose()
          void state.merge({ fromId: theme.id, intoId })
        }}
      />
    )
  return (
    <DeleteThemeDialog
      codebook={codebook}
      theme={theme}
      fetchUsage={state.usage}
      onCancel={onClose}
      onConfirm={(annotations) => {
        onClose()
        void state.remove({ id: theme.id, annotations })
      }}
    />
  )
}
