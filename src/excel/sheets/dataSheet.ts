import {
  layOnMonths,
  type AggregatedExtract,
  type BadRow,
  type BadRowReason,
  type ExtractKind,
} from "../../engine";
import { translate, type Language, type MessageKey } from "../../i18n";
import type { SopName } from "../../workbook";
import type { SheetBlock, SheetFormat } from "./blocks";
import { QUANTITY, stamp, TEXT } from "./tables";

/**
 * `S&OP Data`: an imported ERP extract laid out for the contract's names, built without Excel.
 * Title and note, the plan's periods, then one section per kind found: a header row (the kind,
 * then its months) and a row per family. The names point at the sections' cells.
 */

/** A contract name and the block of S&OP Data it points at (0-based). */
export interface DataName {
  readonly name: SopName;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface DataLayout {
  readonly blocks: readonly SheetBlock[];
  readonly formats: readonly SheetFormat[];
  readonly names: readonly DataName[];
  /** Of the kinds laid on the plan's periods: family × months outside them, left out. */
  readonly outsidePlan: number;
}

export interface DataInput {
  readonly extract: AggregatedExtract;
  /** The plan's period labels (SOP_Periods' own, or the months the import defines). */
  readonly periods: readonly string[];
  /** The same as months (`yyyy-mm`), for laying orders and capacity on them. */
  readonly planMonths: readonly string[];
  readonly historyMonths: readonly string[];
  /** Whether the import defines SOP_Periods (the workbook has none). */
  readonly definePeriods: boolean;
  readonly fileName: string;
  readonly importedAt: Date;
  /** Every row left out, with its line and why: listed at the end of the sheet. */
  readonly badRows: readonly BadRow[];
  readonly language: Language;
}

const SECTION_KEYS: Readonly<Record<ExtractKind, MessageKey>> = {
  history: "wb.data.history",
  orders: "wb.data.orders",
  capacity: "wb.data.capacity",
  stock: "wb.data.stock",
};

export function dataSheet(input: DataInput): DataLayout {
  const { extract, language } = input;
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  const families = extract.families;
  const blocks: SheetBlock[] = [];
  const formats: SheetFormat[] = [];
  const names: DataName[] = [];
  blocks.push({
    row: 0,
    column: 0,
    values: [
      [t("wb.data.title")],
      [
        t("wb.data.note", {
          file: input.fileName,
          time: stamp(input.importedAt),
          rows: extract.rows,
          bad: input.badRows.length,
        }),
      ],
    ],
  });
  // The plan's periods.
  let row = 3;
  const periods = input.periods;
  blocks.push({ row, column: 0, values: [[t("wb.data.periods"), ...periods]] });
  formats.push({
    block: { row, column: 0, rows: 1, columns: periods.length + 1 },
    numberFormat: TEXT,
  });
  if (input.definePeriods) {
    names.push({ name: "SOP_Periods", row, column: 1, rows: 1, columns: periods.length });
  }
  row += 2;
  let outsidePlan = 0;
  /** SOP_Families: the family column of the first section, rows from `first`. */
  const nameFamilies = (first: number): void => {
    if (names.some((n) => n.name === "SOP_Families")) return;
    names.push({ name: "SOP_Families", row: first, column: 0, rows: families.length, columns: 1 });
  };
  /** A section: its header (the kind, then month labels), a row per family. */
  const section = (
    kind: ExtractKind,
    labels: readonly string[],
    values: ArrayLike<number>,
    name: SopName
  ): void => {
    const width = labels.length;
    blocks.push({
      row,
      column: 0,
      values: [
        [t(SECTION_KEYS[kind]), ...labels],
        ...families.map((family, f) => [
          family,
          ...Array.from({ length: width }, (_, c) => values[f * width + c] ?? 0),
        ]),
      ],
    });
    formats.push(
      { block: { row, column: 0, rows: 1, columns: width + 1 }, numberFormat: TEXT },
      { block: { row: row + 1, column: 0, rows: families.length, columns: 1 }, numberFormat: TEXT }
    );
    if (width > 0 && families.length > 0) {
      formats.push({
        block: { row: row + 1, column: 1, rows: families.length, columns: width },
        numberFormat: QUANTITY,
      });
    }
    nameFamilies(row + 1);
    names.push({ name, row: row + 1, column: 1, rows: families.length, columns: width });
    if (kind === "history") {
      names.push({ name: "SOP_HistoryPeriods", row, column: 1, rows: 1, columns: width });
    }
    row += families.length + 2;
  };
  if (extract.kinds.history) {
    const laid = layOnMonths(extract, "history", input.historyMonths);
    section("history", input.historyMonths, laid.values, "SOP_History");
  }
  for (const [kind, name] of [
    ["orders", "SOP_Orders"],
    ["capacity", "SOP_Capacity"],
  ] as const) {
    if (!extract.kinds[kind]) continue;
    const laid = layOnMonths(extract, kind, input.planMonths);
    outsidePlan += laid.outside;
    section(kind, periods, laid.values, name);
  }
  const stock = extract.kinds.stock;
  if (stock) {
    // Stock on hand: one column, with the month each family's stock is of beside it.
    blocks.push({
      row,
      column: 0,
      values: [
        [t("wb.data.stock"), t("wb.data.stockValue"), t("wb.data.stockMonth")],
        ...families.map((family, f) => [family, stock[f] ?? 0, extract.stockMonth?.[f] ?? ""]),
      ],
    });
    formats.push(
      { block: { row, column: 0, rows: families.length + 1, columns: 1 }, numberFormat: TEXT },
      { block: { row, column: 1, rows: 1, columns: 2 }, numberFormat: TEXT },
      { block: { row: row + 1, column: 2, rows: families.length, columns: 1 }, numberFormat: TEXT }
    );
    nameFamilies(row + 1);
    names.push({
      name: "SOP_OpeningStock",
      row: row + 1,
      column: 1,
      rows: families.length,
      columns: 1,
    });
    row += families.length + 2;
  }
  if (input.badRows.length > 0) {
    // Every row left out, so that the extract can be mended at the source.
    blocks.push({
      row,
      column: 0,
      values: [
        [t("wb.data.badTitle"), t("wb.data.col.reason"), t("wb.data.col.found")],
        ...input.badRows.map((bad) => [bad.line, t(REASON_KEYS[bad.reason]), bad.found ?? ""]),
      ],
    });
    formats.push(
      { block: { row, column: 0, rows: 1, columns: 3 }, numberFormat: TEXT },
      {
        block: { row: row + 1, column: 1, rows: input.badRows.length, columns: 2 },
        numberFormat: TEXT,
      }
    );
  }
  return { blocks, formats, names, outsidePlan };
}

const REASON_KEYS: Readonly<Record<BadRowReason, MessageKey>> = {
  noFamily: "wb.data.bad.noFamily",
  badPeriod: "wb.data.bad.badPeriod",
  noQuantity: "wb.data.bad.noQuantity",
  badQuantity: "wb.data.bad.badQuantity",
  unknownType: "wb.data.bad.unknownType",
  missingCells: "wb.data.bad.missingCells",
};
