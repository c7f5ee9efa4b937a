import { strFromU8, unzipSync } from "fflate";
import {
  decodeExtract,
  detectDelimiter,
  splitRows,
  type Delimiter,
  type ExtractEncoding,
  type ExtractRow,
} from "../../engine/extract";
import { attribute, CELL, sheetParts, unescapeXml } from "./freezeXlsx";

/**
 * An ERP extract's file as rows of text: a CSV (its encoding and delimiter found) or the first
 * sheet of an .xlsx (shared and inline strings, numbers as written, dates as Excel serials). Pure:
 * the bytes in, the rows out.
 */

export type ExtractFormat =
  | { readonly kind: "csv"; readonly encoding: ExtractEncoding; readonly delimiter: Delimiter }
  | { readonly kind: "xlsx"; readonly sheet: string };

export type ExtractTable =
  | {
      readonly ok: true;
      readonly format: ExtractFormat;
      readonly header: readonly string[];
      /** The rows under the header, with their lines (rows of the sheet). */
      readonly rows: readonly ExtractRow[];
    }
  | { readonly ok: false; readonly reason: "empty" | "unreadable" };

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

export function extractTable(bytes: Uint8Array): ExtractTable {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  const read = isZip(bytes) ? xlsxRows(bytes) : csvRows(bytes);
  if (!read) return { ok: false, reason: "unreadable" };
  const [header, ...rows] = read.rows;
  if (!header) return { ok: false, reason: "empty" };
  return { ok: true, format: read.format, header: header.cells.map((c) => c.trim()), rows };
}

function csvRows(bytes: Uint8Array): { format: ExtractFormat; rows: ExtractRow[] } {
  const { text, encoding } = decodeExtract(bytes);
  const delimiter = detectDelimiter(text);
  return { format: { kind: "csv", encoding, delimiter }, rows: splitRows(text, delimiter) };
}

/** Column letters to a 0-based index: `A` 0, `AB` 27. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

function xlsxRows(bytes: Uint8Array): { format: ExtractFormat; rows: ExtractRow[] } | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return undefined;
  }
  const [first] = sheetParts(files);
  const part = first ? files[first[0]] : undefined;
  if (!first || !part) return undefined;
  const shared: string[] = [];
  const strings = files["xl/sharedStrings.xml"];
  if (strings) {
    for (const item of strFromU8(strings).matchAll(/<si>([\s\S]*?)<\/si>/g)) {
      // Rich text keeps its runs' texts.
      const texts = [...(item[1] ?? "").matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)];
      shared.push(unescapeXml(texts.map((t) => t[1] ?? "").join("")));
    }
  }
  const rows: ExtractRow[] = [];
  for (const row of strFromU8(part).matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const line = Number(attribute(row[1] ?? "", "r") ?? rows.length + 1);
    const cells: string[] = [];
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const attributes = cell[1] ?? "";
      const content = cell[2] ?? "";
      const reference = attribute(attributes, "r");
      const column = reference ? columnIndex(/^[A-Z]+/.exec(reference)?.[0] ?? "A") : cells.length;
      const type = attribute(attributes, "t");
      const value = /<v>([\s\S]*?)<\/v>/.exec(content)?.[1];
      const text =
        type === "s"
          ? (shared[Number(value)] ?? "")
          : type === "inlineStr"
            ? unescapeXml(
                [...content.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? "").join("")
              )
            : unescapeXml(value ?? "");
      while (cells.length < column) cells.push("");
      cells[column] = text;
    }
    if (cells.some((c) => c.trim() !== "")) rows.push({ line, cells });
  }
  return { format: { kind: "xlsx", sheet: first[1] }, rows };
}
