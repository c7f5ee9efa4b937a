/**
 * Excel files (.xlsx) for the playground: the stand-in's workbook to a file and back, through
 * exceljs (MIT). exceljs drops names that hold a constant (`SOP_Language` = `="zh"`) and the sheet
 * scope, `hidden` flag and comment of the others, so the names go into and come out of
 * `xl/workbook.xml` here, with JSZip (exceljs' own zip library).
 *
 *   const { data, notes } = await saveXlsx(book);
 *   const opened = await openXlsx(data, "plan.xlsx", { formulas: "hyperformula" });
 *   if (opened.ok) use(opened.book); else show(opened.refusal);
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { StandInWorkbook } from "../excel";
import { parseDefinedNames, parseSheetNames, replaceDefinedNames } from "./definedNames";
import { fromExcelJs, type ReadOptions } from "./read";
import type { XlsxNote, XlsxRefusal } from "./notes";
import { toExcelJs } from "./write";

export { toExcelJs, type ExcelJsExport } from "./write";
export { fromExcelJs, type ExcelJsImport, type ReadOptions } from "./read";
export { parseDefinedNames, replaceDefinedNames, type DefinedNameEntry } from "./definedNames";

export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type { XlsxNote, XlsxRefusal } from "./notes";

export interface SavedWorkbook {
  readonly data: ArrayBuffer;
  /** What the file keeps differently from the page (empty when it keeps everything). */
  readonly notes: readonly XlsxNote[];
}

/** Opened, with what was kept differently; or refused, the page's workbook unchanged. */
export type OpenOutcome =
  | { readonly ok: true; readonly book: StandInWorkbook; readonly notes: readonly XlsxNote[] }
  | { readonly ok: false; readonly refusal: XlsxRefusal };

const WORKBOOK_PART = "xl/workbook.xml";

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]?.replace(/\.$/, "") ?? "";
}

/** The workbook as the bytes of an .xlsx file. */
export async function saveXlsx(book: StandInWorkbook): Promise<SavedWorkbook> {
  const { workbook, names, notes } = toExcelJs(book);
  const written = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written);
  const part = zip.file(WORKBOOK_PART);
  if (!part) throw new Error(`exceljs wrote no ${WORKBOOK_PART}`);
  zip.file(WORKBOOK_PART, replaceDefinedNames(await part.async("string"), names));
  for (const sheet of zip.file(/^xl\/worksheets\/[^/]+\.xml$/)) {
    zip.file(sheet.name, withContainsTextAttributes(await sheet.async("string")));
  }
  const data = await zip.generateAsync({
    type: "arraybuffer",
    compression: "DEFLATE",
    mimeType: XLSX_MIME_TYPE,
  });
  return { data, notes };
}

/**
 * exceljs writes a "text contains" rule without its `text` and `operator` attributes. Excel goes by
 * the rule's formula, but LibreOffice goes by `text`, and an empty one matches every cell: the
 * attributes are put back from the formula, `NOT(ISERROR(SEARCH("Shortage",B6)))`.
 */
export function withContainsTextAttributes(xml: string): string {
  return xml.replace(
    /<cfRule type="containsText"([^>]*)>(<formula>NOT\(ISERROR\(SEARCH\(&quot;((?:(?!&quot;,).)*)&quot;,)/g,
    (whole, attributes: string, formula: string, text: string) =>
      /\btext="/.test(attributes)
        ? whole
        : `<cfRule type="containsText"${attributes} operator="containsText" text="${text}">${formula}`
  );
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte);

/** Local file header or (empty archive) end of central directory. */
const isZip = (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
/** The compound file of Excel 97–2003 (.xls) and other old Office files. */
const isCompoundFile = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);

/** The main part a package's relationships name (`xl/workbook.xml` for a workbook). */
async function mainPart(zip: JSZip): Promise<string | undefined> {
  const rels = zip.file("_rels/.rels");
  if (!rels) return undefined;
  const xml = await rels.async("string");
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attrs = match[1] ?? "";
    if (!/Type\s*=\s*"[^"]*\/officeDocument"/.test(attrs)) continue;
    const target = /Target\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    if (target !== undefined) return target.replace(/^\//, "");
  }
  return undefined;
}

/**
 * Reads an .xlsx into a new stand-in workbook. A file that is not a workbook, or is damaged, is
 * refused with a message naming the file; nothing else changes.
 */
export async function openXlsx(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  options: ReadOptions
): Promise<OpenOutcome> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const refuse = (refusal: XlsxRefusal): OpenOutcome => ({ ok: false, refusal });
  if (bytes.length === 0) return refuse({ kind: "empty" });
  if (isCompoundFile(bytes)) return refuse({ kind: "legacyOffice" });
  if (!isZip(bytes)) return refuse({ kind: "notXlsx" });

  let zip: JSZip;
  let workbookXml: string;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const main = await mainPart(zip);
    const part = main === undefined ? undefined : zip.file(main);
    if (main === undefined || !/(^|\/)workbook\.xml$/.test(main) || !part) {
      return refuse({ kind: "zipWithoutWorkbook" });
    }
    workbookXml = await part.async("string");
  } catch (error) {
    return refuse({ kind: "damaged", reason: reasonOf(error) });
  }

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return refuse({ kind: "damaged", reason: reasonOf(error) });
  }
  if (workbook.worksheets.length === 0) return refuse({ kind: "noWorksheets" });
  try {
    const { book, notes } = fromExcelJs(
      workbook,
      parseDefinedNames(workbookXml),
      parseSheetNames(workbookXml),
      options
    );
    return { ok: true, book, notes };
  } catch (error) {
    return refuse({ kind: "unreadable", reason: reasonOf(error) });
  }
}
