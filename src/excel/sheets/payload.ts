/**
 * Request sizes: Excel on the web refuses a request over 5 MB, counted in UTF-8 bytes. Pure, for
 * the Excel layer and its tests.
 */

/**
 * UTF-8 bytes of cell values per write request: Excel on the web refuses requests over 5 MB, and
 * the rest of a request (formats, the table, its conditional formats) takes a few kilobytes.
 */
export const WRITE_BUDGET_BYTES = 4.75 * 1024 * 1024;

/** UTF-8 bytes of a text: what Excel's payload limit counts (a Chinese character is three). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Splits rows into write requests that each stay under the payload budget (UTF-8 bytes). */
export function chunkRows<T>(rows: readonly T[], budget: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = utf8Bytes(JSON.stringify(row)) + 1;
    if (chunk.length > 0 && bytes + size > budget) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += size;
  }
  if (chunk.length > 0 || chunks.length === 0) chunks.push(chunk);
  return chunks;
}
