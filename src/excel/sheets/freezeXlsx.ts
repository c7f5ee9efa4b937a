import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/**
 * Freeze for sharing, on the file: an .xlsx copy in which every `SOP.*` formula is replaced by
 * the value it last showed, so people without the add-in see numbers instead of `#NAME?`. Pure
 * (bytes in, bytes out); the rest of the file (formats, charts, other formulas) is kept as is.
 */

/** A formula that calls the add-in's functions: `SOP.BALANCE(` as typed, `_xldudf_SOP…` as stored. */
const SOP_CALL = /(?:^|[^A-Za-z0-9_.])(?:_xldudf_)?SOP[._][A-Za-z]/i;

export function callsSopFunction(formula: string): boolean {
  return SOP_CALL.test(formula);
}

export interface FrozenFile {
  readonly bytes: Uint8Array;
  /** Cells whose SOP.* formula became its value, per sheet (sheets with none left out). */
  readonly frozen: readonly { readonly sheet: string; readonly cells: number }[];
}

export type FreezeResult =
  ({ readonly ok: true } & FrozenFile) | { readonly ok: false; readonly reason: "notXlsx" };

export const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/;

export const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

/** Sheet names by their part in the package (`xl/worksheets/sheet1.xml`). */
export function sheetParts(files: Readonly<Record<string, Uint8Array>>): Map<string, string> {
  const workbook = files["xl/workbook.xml"];
  const rels = files["xl/_rels/workbook.xml.rels"];
  const parts = new Map<string, string>();
  if (!workbook || !rels) return parts;
  const targets = new Map<string, string>();
  for (const match of strFromU8(rels).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(match[1] ?? "", "Id");
    const target = attribute(match[1] ?? "", "Target");
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const match of strFromU8(workbook).matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attribute(match[1] ?? "", "name");
    const id = attribute(match[1] ?? "", "r:id");
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) parts.set(part, unescapeXml(name));
  }
  return parts;
}

/** One cell without its formula: its last value stays, a formula's text result as inline text. */
function frozenCell(attributes: string, content: string): string {
  let inner = content.replace(FORMULA, "");
  // Dynamic-array metadata belongs to the formula.
  let attrs = attributes.replace(/\s+cm="[^"]*"/, "");
  if (attribute(attrs, "t") === "str") {
    const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? "";
    inner = inner.replace(/<v>[\s\S]*?<\/v>/, `<is><t xml:space="preserve">${value}</t></is>`);
    attrs = attrs.replace(/\bt="str"/, 't="inlineStr"');
  }
  return inner === "" ? `<c${attrs}/>` : `<c${attrs}>${inner}</c>`;
}

/**
 * The copy. `cells` names, per sheet, the cells Excel reported with an SOP.* formula (addresses
 * such as `B5`); cells whose stored formula calls SOP.* are frozen too, whatever the list says.
 */
export function freezeXlsx(
  file: Uint8Array,
  cells: ReadonlyMap<string, ReadonlySet<string>> = new Map()
): FreezeResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(file);
  } catch {
    return { ok: false, reason: "notXlsx" };
  }
  const parts = sheetParts(files);
  if (parts.size === 0) return { ok: false, reason: "notXlsx" };
  const frozen: { sheet: string; cells: number }[] = [];
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) out[path] = data;

  for (const [part, sheet] of parts) {
    const data = files[part];
    if (!data) continue;
    const listed = cells.get(sheet);
    let count = 0;
    const xml = strFromU8(data).replace(
      CELL,
      (whole, attributes: string, content: string | undefined) => {
        if (content === undefined) return whole;
        const formula = FORMULA.exec(content);
        if (!formula) return whole;
        const address = attribute(attributes, "r") ?? "";
        const text = unescapeXml(formula[1] ?? "");
        if (!listed?.has(address) && !callsSopFunction(text)) return whole;
        count++;
        return frozenCell(attributes, content);
      }
    );
    if (count > 0) {
      out[part] = strToU8(xml);
      frozen.push({ sheet, cells: count });
    }
  }
  dropCalculationChain(files, out);
  return { ok: true, bytes: zipSync(out, { level: 6 }), frozen };
}

/** Excel rebuilds the calculation chain; one that names formulas no longer there is "damaged". */
function dropCalculationChain(files: Readonly<Record<string, Uint8Array>>, out: Zippable): void {
  if (!files["xl/calcChain.xml"]) return;
  delete out["xl/calcChain.xml"];
  const rels = files["xl/_rels/workbook.xml.rels"];
  if (rels) {
    out["xl/_rels/workbook.xml.rels"] = strToU8(
      strFromU8(rels).replace(/<Relationship\b[^>]*calcChain[^>]*\/>/g, "")
    );
  }
  const types = files["[Content_Types].xml"];
  if (types) {
    out["[Content_Types].xml"] = strToU8(
      strFromU8(types).replace(/<Override\b[^>]*calcChain\.xml[^>]*\/>/g, "")
    );
  }
}
