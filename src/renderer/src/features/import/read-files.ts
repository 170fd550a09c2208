// Reading files the user chose or dropped, in the browser (no Node, no paths).

/** A file to import with the name main should report: its path inside a folder, if any. */
export interface PickedFile {
  name: string
  file: File
}

/** The file's bytes as base64, via FileReader's data URL (native encoding, no string building). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

export function fromFileList(files: FileList | readonly File[]): PickedFile[] {
  return Array.from(files, (file) => ({
    // `webkitRelativePath` is set for files from a folder input: keep the folder context.
    name: file.webkitRelativePath || file.name,
    file,
  }))
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    )
    out.push({ name: entry.fullPath.replace(/^\//, ''), file })
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader()
    // readEntries returns at most ~100 entries per call: read until it returns none.
    for (
      let batch = await readEntries(reader);
      batch.length > 0;
      batch = await readEntries(reader)
    ) {
      for (const child of batch) await walk(child, out)
    }
  }
}

/**
 * The files of a drop, descending into dropped folders where the browser allows it.
 * Must be called synchronously inside the drop handler: `DataTransfer` empties afterwards.
 */
export function filesFromDrop(data: DataTransfer): {
  files: Promise<PickedFile[]>
  hasFolder: boolean
} {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null)
  const hasFolder = entries.some((entry) => entry?.isDirectory)
  if (!hasFolder) return { files: Promise.resolve(fromFileList(data.files)), hasFolder }
  const files = (async () => {
    const out: PickedFile[] = []
    for (const entry of entries) if (entry) await walk(entry, out)
    return out
  })()
  return { files, hasFolder }
}
