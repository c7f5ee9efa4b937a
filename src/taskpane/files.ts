/** Files in and out of the pane: a browser download, the bytes of a file picked. */

/** Starts a browser download of `data` as `fileName`. */
export function downloadFile(data: ArrayBuffer | Uint8Array, fileName: string, type: string): void {
  const part: BlobPart = data instanceof Uint8Array ? new Uint8Array(data) : data;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute is ample.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

/** The bytes of a file the planner picked (FileReader: every browser and webview has it). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error("the file could not be read"));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error("the file could not be read"));
    };
    reader.readAsArrayBuffer(file);
  });
}
