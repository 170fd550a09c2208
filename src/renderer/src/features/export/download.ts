// The browser host's way to hand over an export: one download per file.
import type { ExportedFile } from '../../../../shared/contract'

/** Triggers a download of each file through a Blob URL and a temporary `<a download>`. */
export function downloadFiles(files: readonly ExportedFile[], doc: Document = document): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.content], { type: file.type }))
    const link = doc.createElement('a')
    link.href = url
    link.download = file.name
    link.hidden = true
    doc.body.append(link)
    link.click()
    link.remove()
    // Revoke after the click has been handled: revoking at once can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }
}
