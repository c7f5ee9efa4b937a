/**
 * The `<definedNames>` of `xl/workbook.xml`, written and read here rather than by exceljs: exceljs
 * keeps only names that refer to cells, and loses a name's sheet scope, `hidden` flag and comment.
 */

/** One `<definedName>`: its formula as stored in the file, without the leading "=". */
export interface DefinedNameEntry {
  readonly name: string;
  readonly formula: string;
  /** 0-based position in `<sheets>` of the sheet the name belongs to; undefined: the workbook. */
  readonly localSheetId?: number;
  readonly hidden: boolean;
  readonly comment: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, key = "", double, single] = match;
    found.set(key.replace(/^\w+:/, ""), unescapeXml(double ?? single ?? ""));
  }
  return found;
}

export function renderDefinedName(entry: DefinedNameEntry): string {
  let open = `<definedName name="${escapeXml(entry.name)}"`;
  if (entry.comment !== "") open += ` comment="${escapeXml(entry.comment)}"`;
  if (entry.localSheetId !== undefined) open += ` localSheetId="${entry.localSheetId}"`;
  if (entry.hidden) open += ` hidden="1"`;
  return `${open}>${escapeXml(entry.formula)}</definedName>`;
}

const DEFINED_NAMES = /<(?:\w+:)?definedNames\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedNames>)/;
const DEFINED_NAME = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;

/** The names of `workbook.xml`, in the file's order. */
export function parseDefinedNames(workbookXml: string): DefinedNameEntry[] {
  const block = DEFINED_NAMES.exec(workbookXml);
  if (!block) return [];
  const entries: DefinedNameEntry[] = [];
  for (const match of (block[1] ?? "").matchAll(DEFINED_NAME)) {
    const attrs = attributes(match[1] ?? "");
    const name = attrs.get("name");
    if (name === undefined) continue;
    const local = attrs.get("localSheetId");
    const hidden = attrs.get("hidden");
    entries.push({
      name,
      formula: unescapeXml(match[2] ?? "").trim(),
      ...(local !== undefined && /^\d+$/.test(local) ? { localSheetId: Number(local) } : {}),
      hidden: hidden === "1" || hidden === "true",
      comment: attrs.get("comment") ?? "",
    });
  }
  return entries;
}

/** The sheet names of `<sheets>`, in order: what `localSheetId` counts. */
export function parseSheetNames(workbookXml: string): string[] {
  const sheets = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(workbookXml);
  if (!sheets) return [];
  return [...(sheets[1] ?? "").matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map(
    (match) => attributes(match[1] ?? "").get("name") ?? ""
  );
}

/**
 * `workbook.xml` with its names replaced by `entries`, keeping the built-in `_xlnm.` names the
 * writer made (print areas, filters). Without names, the element is left out, as Excel does.
 */
export function replaceDefinedNames(
  workbookXml: string,
  entries: readonly DefinedNameEntry[]
): string {
  const kept = parseDefinedNames(workbookXml).filter((entry) => entry.name.startsWith("_xlnm."));
  const all = [...kept, ...entries];
  const element =
    all.length === 0 ? "" : `<definedNames>${all.map(renderDefinedName).join("")}</definedNames>`;
  if (DEFINED_NAMES.test(workbookXml)) return workbookXml.replace(DEFINED_NAMES, () => element);
  // CT_Workbook's order: … sheets, functionGroups, externalReferences, definedNames, calcPr …
  const after = /<\/(?:\w+:)?externalReferences>|<\/(?:\w+:)?functionGroups>|<\/(?:\w+:)?sheets>/;
  const anchors = [...workbookXml.matchAll(new RegExp(after.source, "g"))];
  const last = anchors[anchors.length - 1];
  if (!last) throw new Error("workbook.xml has no <sheets> element");
  const at = last.index + last[0].length;
  return workbookXml.slice(0, at) + element + workbookXml.slice(at);
}
