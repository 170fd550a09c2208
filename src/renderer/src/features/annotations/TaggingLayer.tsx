import { AnnotationEditor } from './AnnotationEditor'
import { AuthorDialog } from './AuthorDialog'
import { TagPopover } from './TagPopover'
import type { Tagging } from './use-tagging'

interface TaggingLayerProps {
  tagging: Tagging
  readOnly: boolean
  author: string
}

/** What tagging floats over the workspace: the annotation editor (docked at the bottom right of
 * the reader, non-modal so reading and tagging go on), the author prompt, the tag popover. */
export function TaggingLayer({ tagging, readOnly, author }: TaggingLayerProps) {
  const { editing, selection, codebook } = tagging
  return (
    <>
      {editing && (
        <div className="annotation-dock">
          <AnnotationEditor
            key={editing.id}
            annotation={editing}
            themes={tagging.themes}
            readOnly={readOnly}
            onToggleTheme={(themeId) => tagging.toggleTheme(editing.id, themeId)}
            onSaveMemo={(memo) => tagging.annotations.update(editing.id, { memo })}
            onDelete={() => void tagging.removeAnnotation(editing.id)}
            onClose={tagging.close}
            memoRef={tagging.memoRef}
          />
        </div>
      )}
      {selection.pending && codebook.codebook && !readOnly && (
        <TagPopover
          selection={selection.pending}
          codebook={codebook.codebook}
          onTag={tagging.tag}
        />
      )}
      {tagging.authorPrompt && (
        <AuthorDialog
          initial={author}
          onSave={(name) => void tagging.answerAuthor(name)}
          onSkip={() => void tagging.answerAuthor(null)}
        />
      )}
    </>
  )
}
