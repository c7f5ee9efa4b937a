/**
 * ERP extracts in (seed 002: most of S&OP's data comes from the ERP): a CSV export read as text
 * (UTF-8 with or without BOM, else GB18030, which covers GBK), its delimiter found, its rows
 * split, its columns recognized from Chinese and English headers, and its rows aggregated to
 * families × periods by type, every bad row named with its line and why. Pure: the bytes come in,
 * values go out.
 */

export type ExtractEncoding = "utf-8" | "gb18030";

/** The text of an extract: UTF-8 when it decodes as UTF-8 (BOM or not), else GB18030 (GBK). */
export function decodeExtract(bytes: Uint8Array): { text: string; encoding: ExtractEncoding } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.startsWith("\uFEFF") ? text.slice(1) : text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

export type Delimiter = "," | ";" | "\t";
const DELIMITERS: readonly Delimiter[] = [",", ";", "\t"];

/** One row of an extract with its line number in the file (1-based, the header is line 1). */
export interface ExtractRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Splits delimited text into rows, RFC 4180: quoted fields may hold the delimiter, quotes ("")
 * and line breaks; CRLF, LF or CR end a row; blank rows are skipped (their lines still count).
 */
export function splitRows(text: string, delimiter: Delimiter): ExtractRow[] {
  const rows: ExtractRow[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    cells.push(field);
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ line: rowLine, cells });
    cells = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field.trim() === "") {
      field = "";
      quoted = true;
    } else if (char === delimiter) {
      cells.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text.charAt(i + 1) === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
  }
  if (field !== "" || cells.length > 0) endRow();
  return rows;
}

/**
 * The delimiter of an extract: of comma, semicolon and tab, the one that splits the first lines
 * into the same number of fields (more than one), the most fields first; comma when none does.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== "")
    .slice(0, 20);
  let best: { delimiter: Delimiter; fields: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const counts = sample.map((line) => splitRows(line, delimiter)[0]?.cells.length ?? 0);
    const first = counts[0] ?? 0;
    if (first < 2 || counts.some((count) => count !== first)) continue;
    if (!best || first > best.fields) best = { delimiter, fields: first };
  }
  return best?.delimiter ?? ",";
}

/** How an extract writes numbers: the decimal mark (the other one groups thousands). */
export type DecimalMark = "." | ",";

/**
 * A quantity as ERP extracts write it: `1234`, `1,234.5`, `1.234,5` (decimal comma), `1 234`,
 * `-12`, `(12)` for a negative; undefined when it is not a number.
 */
export function parseQuantity(text: string, decimal: DecimalMark): number | undefined {
  let value = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (value === "") return undefined;
  let sign = 1;
  if (/^\(.*\)$/.test(value)) {
    sign = -1;
    value = value.slice(1, -1);
  }
  const group = decimal === "." ? "," : ".";
  // Thousands groups are three digits: 1,234,567 or 1.234.567.
  const grouped = new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(value)) value = value.split(group).join("");
  if (decimal === ",") value = value.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return undefined;
  return sign * Number(value);
}

/**
 * The decimal mark of a column of numbers: a comma when some value has a comma followed by other
 * than exactly three digits (`12,5`), or the file is semicolon-separated and no value has a point
 * followed by other than three digits; a point otherwise.
 */
export function detectDecimal(values: readonly string[], delimiter: Delimiter): DecimalMark {
  const commaDecimal = values.some((v) => /\d,(\d{1,2}|\d{4,})$/.test(v.trim()));
  const pointDecimal = values.some((v) => /\d\.(\d{1,2}|\d{4,})$/.test(v.trim()));
  if (commaDecimal && !pointDecimal) return ",";
  if (pointDecimal) return ".";
  return delimiter === ";" && values.some((v) => /\d,\d{3}$/.test(v.trim())) ? "," : ".";
}

/** Excel's day 0 (serial 1 is 1900-01-01, with Excel's 1900 leap-year day), as a UTC time. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The month a period cell names, as `yyyy-mm`: `2024-04`, `2024-4`, `2024/4/1`, `2024/04`,
 * `2024.04`, `2024-04-15`, `2024年4月`, `2024年4月1日`, `202404`, or an Excel date serial
 * (`45383`); undefined otherwise.
 */
export function parseMonth(value: string | number): string | undefined {
  const month = (year: number, m: number): string | undefined =>
    year >= 1900 && year <= 9999 && m >= 1 && m <= 12
      ? `${String(year)}-${String(m).padStart(2, "0")}`
      : undefined;
  if (typeof value === "number" || /^\d{5}(\.\d+)?$/.test(value.trim())) {
    const serial = typeof value === "number" ? value : Number(value);
    if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
    const date = new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000);
    return month(date.getUTCFullYear(), date.getUTCMonth() + 1);
  }
  const text = value.trim();
  const chinese = /^(\d{4})\s*年\s*(\d{1,2})\s*月(\s*\d{1,2}\s*日)?$/.exec(text);
  if (chinese) return month(Number(chinese[1]), Number(chinese[2]));
  const separated = /^(\d{4})[-/.](\d{1,2})([-/.]\d{1,2})?(?:[ T].*)?$/.exec(text);
  if (separated) return month(Number(separated[1]), Number(separated[2]));
  const compact = /^(\d{4})(\d{2})$/.exec(text);
  if (compact) return month(Number(compact[1]), Number(compact[2]));
  return undefined;
}

/** What a column of an extract holds. */
export type ExtractRole = "family" | "period" | "quantity" | "type";
export const EXTRACT_ROLES: readonly ExtractRole[] = ["family", "period", "quantity", "type"];

/** Header words of each role, Chinese and English, lower case; the first match wins. */
const ROLE_WORDS: Readonly<Record<ExtractRole, readonly string[]>> = {
  family: [
    "产品族",
    "产品系列",
    "物料",
    "产品",
    "品类",
    "family",
    "product",
    "item",
    "sku",
    "material",
  ],
  period: ["月份", "期间", "日期", "年月", "period", "month", "date"],
  quantity: ["数量", "qty", "quantity", "units", "volume", "amount"],
  type: ["类型", "类别", "数据类型", "type", "kind", "category", "measure"],
};

/** Which column holds each role, by the header's words; a role no header names is absent. */
export type ColumnMapping = Partial<Record<ExtractRole, number>>;

export function detectColumns(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const role of EXTRACT_ROLES) {
    for (const word of ROLE_WORDS[role]) {
      const column = header.findIndex(
        (name, c) => !taken.has(c) && name.trim().toLowerCase().includes(word)
      );
      if (column >= 0) {
        mapping[role] = column;
        taken.add(column);
        break;
      }
    }
  }
  return mapping;
}

/** The kinds of data an extract's rows carry, each to its named range. */
export type ExtractKind = "history" | "orders" | "stock" | "capacity";
export const EXTRACT_KINDS: readonly ExtractKind[] = ["history", "orders", "stock", "capacity"];

/** Type words of each kind, Chinese and English, lower case. */
const KIND_WORDS: Readonly<Record<ExtractKind, readonly string[]>> = {
  history: ["销售", "历史", "出货", "发货", "实际", "sales", "history", "actual", "shipment"],
  orders: ["订单", "未交", "order", "backlog", "open"],
  stock: ["库存", "在库", "stock", "inventory", "on hand", "onhand"],
  capacity: ["产能", "能力", "capacity"],
};

/** The kind a type cell names, or undefined. Orders before sales: `销售订单` is an order. */
export function kindOf(type: string): ExtractKind | undefined {
  const text = type.trim().toLowerCase();
  for (const kind of ["orders", "stock", "capacity", "history"] as const) {
    if (KIND_WORDS[kind].some((word) => text.includes(word))) return kind;
  }
  return undefined;
}

/** Why a row was not taken. */
export type BadRowReason =
  "noFamily" | "badPeriod" | "noQuantity" | "badQuantity" | "unknownType" | "missingCells";

export interface BadRow {
  readonly line: number;
  readonly reason: BadRowReason;
  /** The cell's text that was not understood. */
  readonly found?: string;
}

/** An extract aggregated: families × months, per kind, summed; the rows that were not taken. */
export interface AggregatedExtract {
  /** In the order they first appear. */
  readonly families: readonly string[];
  /** Every month any row names, in time order (gaps filled, so the months run on). */
  readonly months: readonly string[];
  /** Per kind present, family-major sums over `months` (stock: per family, its latest month). */
  readonly kinds: Partial<Record<ExtractKind, Float64Array>>;
  /** For stock: the month each family's stock is of. */
  readonly stockMonth?: readonly string[];
  readonly rows: number;
  readonly badRows: readonly BadRow[];
}

export interface AggregateOptions {
  readonly mapping: ColumnMapping;
  readonly decimal: DecimalMark;
  /** The kind of every row when the extract has no type column. */
  readonly kind?: ExtractKind;
  /** Called every `every` rows with the rows done, for progress. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Sums the rows' quantities per family × month and kind. A row without a family, with a period
 * or a quantity not understood, or with a type that is not one of the kinds is left out and
 * listed with its line. Stock on hand is a level, not a flow: each family's stock is that of its
 * latest month in the extract (summed over the rows of that month).
 */
export function aggregateExtract(
  rows: readonly ExtractRow[],
  options: AggregateOptions
): AggregatedExtract {
  const { mapping, decimal } = options;
  const familyIndex = new Map<string, number>();
  const monthSet = new Set<string>();
  const taken: { family: number; month: string; kind: ExtractKind; quantity: number }[] = [];
  const badRows: BadRow[] = [];
  const cell = (row: ExtractRow, role: ExtractRole): string | undefined => {
    const column = mapping[role];
    return column === undefined ? undefined : row.cells[column];
  };
  rows.forEach((row, i) => {
    if (i % 10_000 === 0) options.onProgress?.(i);
    const family = cell(row, "family")?.trim();
    const period = cell(row, "period");
    const quantityText = cell(row, "quantity");
    const typeText = mapping.type === undefined ? undefined : (cell(row, "type") ?? "");
    if (family === undefined || period === undefined || quantityText === undefined) {
      badRows.push({ line: row.line, reason: "missingCells" });
      return;
    }
    if (family === "") {
      badRows.push({ line: row.line, reason: "noFamily" });
      return;
    }
    const month = parseMonth(period);
    if (month === undefined) {
      badRows.push({ line: row.line, reason: "badPeriod", found: period });
      return;
    }
    if (quantityText.trim() === "") {
      badRows.push({ line: row.line, reason: "noQuantity" });
      return;
    }
    const quantity = parseQuantity(quantityText, decimal);
    if (quantity === undefined) {
      badRows.push({ line: row.line, reason: "badQuantity", found: quantityText });
      return;
    }
    const kind = typeText === undefined ? options.kind : kindOf(typeText);
    if (kind === undefined) {
      badRows.push({ line: row.line, reason: "unknownType", found: typeText ?? "" });
      return;
    }
    let index = familyIndex.get(family);
    if (index === undefined) {
      index = familyIndex.size;
      familyIndex.set(family, index);
    }
    monthSet.add(month);
    taken.push({ family: index, month, kind, quantity });
  });
  options.onProgress?.(rows.length);
  const months = monthRun([...monthSet].sort());
  const monthAt = new Map(months.map((month, t) => [month, t]));
  const families = [...familyIndex.keys()];
  const kinds: Partial<Record<ExtractKind, Float64Array>> = {};
  // Stock: the latest month of each family.
  const latest = new Array<number>(families.length).fill(-1);
  for (const { family, month, kind } of taken) {
    if (kind === "stock") latest[family] = Math.max(latest[family] ?? -1, monthAt.get(month) ?? -1);
  }
  for (const { family, month, kind, quantity } of taken) {
    const t = monthAt.get(month) ?? 0;
    if (kind === "stock") {
      if (t !== latest[family]) continue;
      const stock = (kinds.stock ??= new Float64Array(families.length));
      stock[family] = (stock[family] ?? 0) + quantity;
      continue;
    }
    const grid = (kinds[kind] ??= new Float64Array(families.length * months.length));
    const at = family * months.length + t;
    grid[at] = (grid[at] ?? 0) + quantity;
  }
  return {
    families,
    months,
    kinds,
    ...(kinds.stock ? { stockMonth: latest.map((t) => months[t] ?? "") } : {}),
    rows: rows.length,
    badRows,
  };
}

/** The months from the first to the last, every one in between included. */
function monthRun(sorted: readonly string[]): string[] {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const run: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (;;) {
    const label = `${String(year)}-${String(month).padStart(2, "0")}`;
    run.push(label);
    if (label >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return run;
}

/**
 * One kind's family × month sums laid on other months (the plan's, or the history's): each
 * family's values for those months, 0 where the extract has none; how many non-zero family ×
 * months of the extract fall outside them.
 */
export function layOnMonths(
  extract: AggregatedExtract,
  kind: Exclude<ExtractKind, "stock">,
  months: readonly string[]
): { values: Float64Array; outside: number } {
  const source = extract.kinds[kind];
  const families = extract.families.length;
  const values = new Float64Array(families * months.length);
  if (!source) return { values, outside: 0 };
  const at = new Map(months.map((month, t) => [month, t]));
  let outside = 0;
  extract.months.forEach((month, s) => {
    const t = at.get(month);
    for (let f = 0; f < families; f++) {
      const value = source[f * extract.months.length + s] ?? 0;
      if (t === undefined) {
        if (value !== 0) outside++;
      } else values[f * months.length + t] = value;
    }
  });
  return { values, outside };
}

/** The `count` months after `month` (`yyyy-mm`). */
export function monthsAfter(month: string, count: number): string[] {
  let [year, m] = month.split("-").map(Number) as [number, number];
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    m++;
    if (m > 12) {
      m = 1;
      year++;
    }
    months.push(`${String(year)}-${String(m).padStart(2, "0")}`);
  }
  return months;
}

/** The months from `first` up to the month before `end` (both `yyyy-mm`); empty if none. */
export function monthsBefore(first: string, end: string): string[] {
  if (first >= end) return [];
  return monthRun([first, end]).slice(0, -1);
}

/** The months from `first` to `last` (both `yyyy-mm`), both included; empty if `last` is before. */
export function monthRange(first: string, last: string): string[] {
  return first > last ? [] : monthRun([first, last]);
}

/** The months, in time order, in which some family has a quantity (not 0) of one of `kinds`. */
export function monthsWith(
  extract: AggregatedExtract,
  kinds: readonly Exclude<ExtractKind, "stock">[]
): string[] {
  const width = extract.months.length;
  return extract.months.filter((_, t) =>
    kinds.some((kind) => {
      const values = extract.kinds[kind];
      return (
        values !== undefined && extract.families.some((_, f) => (values[f * width + t] ?? 0) !== 0)
      );
    })
  );
}

/** Per kind found, in EXTRACT_KINDS' order: the total quantity and the families with some. */
export function extractTotals(
  extract: AggregatedExtract
): { kind: ExtractKind; total: number; families: number }[] {
  return EXTRACT_KINDS.flatMap((kind) => {
    const values = extract.kinds[kind];
    if (!values) return [];
    const width = kind === "stock" ? 1 : extract.months.length;
    let total = 0;
    let families = 0;
    extract.families.forEach((_, f) => {
      let sum = 0;
      for (let t = 0; t < width; t++) sum += values[f * width + t] ?? 0;
      total += sum;
      if (sum !== 0) families++;
    });
    return [{ kind, total, families }];
  });
}
