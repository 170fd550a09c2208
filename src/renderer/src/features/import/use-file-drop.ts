import { useEffect, useRef, useState } from 'react'
import { filesFromDrop, type PickedFile } from './read-files'

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/**
 * Files dragged onto the window: `dragging` while they hover (for the overlay), `onDrop` with
 * the files when released. Disabled, the window still swallows drops so a stray file never
 * navigates the page away.
 */
export function useFileDrop(
  enabled: boolean,
  onDrop: (files: PickedFile[], hasFolder: boolean) => void,
): boolean {
  const [dragging, setDragging] = useState(false)
  const onDropRef = useRef(onDrop)
  useEffect(() => {
    onDropRef.current = onDrop
  })

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when we truly left.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth += 1
      if (enabled) setDragging(true)
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = enabled ? 'copy' : 'none'
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setDragging(false)
      if (!enabled || !event.dataTransfer) return
      const { files, hasFolder } = filesFromDrop(event.dataTransfer)
      void files.then((picked) => picked.length > 0 && onDropRef.current(picked, hasFolder))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [enabled])

  return dragging && enabled
}
