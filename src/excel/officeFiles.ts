import type { WorkbookFiles } from "./workbookAccess";

/**
 * The workbook as a file, in Office: read with `getFileAsync` (the .xlsx as it is now, unsaved
 * changes included, in slices of at most 4 MB) and a new workbook opened from bytes with
 * `Excel.createWorkbook` (ExcelApi 1.8), which shows it in a new window for the planner to save.
 */

const SLICE_BYTES = 4 * 1024 * 1024;

function failure(error: Office.Error | undefined, what: string): Error {
  return new Error(`${what}: ${error?.message ?? "unknown error"} (${String(error?.code ?? "")})`);
}

function readSlices(file: Office.File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const slices: Uint8Array[] = [];
    const close = (): void => {
      file.closeAsync();
    };
    const read = (index: number): void => {
      file.getSliceAsync(index, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          close();
          reject(failure(result.error, "Reading the workbook's file failed"));
          return;
        }
        slices.push(Uint8Array.from(result.value.data as ArrayLike<number>));
        if (index + 1 < file.sliceCount) {
          read(index + 1);
          return;
        }
        close();
        const bytes = new Uint8Array(slices.reduce((sum, slice) => sum + slice.length, 0));
        let offset = 0;
        for (const slice of slices) {
          bytes.set(slice, offset);
          offset += slice.length;
        }
        resolve(bytes);
      });
    };
    read(0);
  });
}

/** Base64 of bytes, in chunks (String.fromCharCode takes a limited number of arguments). */
export function base64Of(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

/**
 * The workbook's file in Office: read with the File API, the copy opened with Excel.createWorkbook.
 * @requires freezeForSharing
 */
export const officeFiles: WorkbookFiles = {
  read: () =>
    new Promise((resolve, reject) => {
      Office.context.document.getFileAsync(
        Office.FileType.Compressed,
        { sliceSize: SLICE_BYTES },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            reject(failure(result.error, "Excel did not hand over the workbook's file"));
            return;
          }
          readSlices(result.value).then(resolve, reject);
        }
      );
    }),
  deliver: async (bytes) => {
    await Excel.createWorkbook(base64Of(bytes));
    return "opened";
  },
};
