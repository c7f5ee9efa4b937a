import { isFrozen, readQuantity, type FrozenChange } from "../../engine";
import { translate, type Language } from "../../i18n";
import type { ApprovalPreview, VersionApproval, WorkbookProblem } from "../../workbook";
import { lineCells, shapeText, type PlanData, type RangeReads } from "./inputs";
import { familyName, QUANTITY, stamp, TEXT, type OutputSheet } from "./tables";

/**
 * The approved plan out for the master production schedule (seed 004's execution step): the
 * frozen periods read from SOP_FrozenPeriods, the `S&OP MPS` sheet and its CSV, built without
 * Excel.
 */

/** Frozen periods when SOP_FrozenPeriods is not defined: the month about to start. */
export const DEFAULT_FROZEN_PERIODS = 1;

/** SOP_FrozenPeriods: one cell, a whole number from 0 to the plan's periods; blank is the default. */
export function readFrozenPeriods(
  reads: RangeReads,
  periods: number
): { ok: true; frozen: number } | { ok: false; problems: WorkbookProblem[] } {
  const read = reads.SOP_FrozenPeriods;
  if (!read) return { ok: true, frozen: DEFAULT_FROZEN_PERIODS };
  const cells = lineCells(read);
  const cell = cells?.length === 1 ? cells[0] : undefined;
  if (!cell) {
    return {
      ok: false,
      problems: [
        {
          kind: "shapeMismatch",
          range: "SOP_FrozenPeriods",
          found: shapeText(read.values),
          rule: "singleCell",
        },
      ],
    };
  }
  if (cell.value === "" || cell.value === null || cell.value === undefined) {
    return { ok: true, frozen: DEFAULT_FROZEN_PERIODS };
  }
  const value = readQuantity(cell.value);
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > periods) {
    return {
      ok: false,
      problems: [
        {
          kind: "invalidOption",
          range: "SOP_FrozenPeriods",
          cell: cell.address,
          found: typeof value === "number" ? String(value) : (value.found ?? ""),
          expected: String(periods),
          rule: "frozenPeriods",
        },
      ],
    };
  }
  return { ok: true, frozen: value };
}

/** The CSV's columns, in order: stable names an ERP import can map once (README). */
export const MPS_CSV_COLUMNS = [
  "family",
  "period",
  "planned_production",
  "frozen",
  "cycle",
  "version",
  "approved_by",
  "approved_at",
] as const;

/** What the sheet and the CSV say of the approval. */
export interface ApprovalRecord {
  readonly cycle: string;
  readonly version: string;
  readonly approval: VersionApproval;
}

/** `S&OP MPS`: one row per family × period, the frozen ones flagged; the changes in them beside. */
export function mpsSheet(
  plan: PlanData,
  preview: ApprovalPreview,
  record: ApprovalRecord,
  language: Language
): OutputSheet {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(language, key, values);
  const { families, periods } = plan.input;
  const frozenWord = t("wb.mps.frozen");
  const rows = [];
  for (let f = 0; f < families; f++) {
    const name = familyName(plan, f, language);
    for (let p = 0; p < periods; p++) {
      rows.push([
        name,
        plan.periods[p] ?? "",
        plan.input.production[f * periods + p] as number,
        isFrozen(p, preview.frozenPeriods) ? frozenWord : "",
      ]);
    }
  }
  const approvedAt = stamp(new Date(record.approval.at));
  const lines = [
    t("wb.mps.approved", { version: record.version, by: record.approval.by, time: approvedAt }),
    preview.frozenPeriods === 0
      ? t("wb.mps.noneFrozen")
      : t("wb.mps.frozenLine", {
          n: preview.frozenPeriods,
          periods: preview.frozenLabels.join(", "),
        }),
    preview.previous
      ? preview.changes.length === 0
        ? t("wb.mps.noChange", { version: preview.previous.name })
        : t("wb.mps.changed", { n: preview.changes.length, version: preview.previous.name })
      : t("wb.mps.noPrevious"),
  ];
  return {
    title: t("wb.mps.title"),
    note: t("wb.mps.note"),
    lines,
    columns: [
      { header: t("wb.col.family"), numberFormat: TEXT },
      { header: t("wb.col.period"), numberFormat: TEXT },
      { header: t("wb.mps.col.production"), numberFormat: QUANTITY },
      { header: t("wb.mps.col.frozen"), numberFormat: TEXT },
    ],
    rows,
    ...(preview.changes.length > 0
      ? {
          side: {
            title: t("wb.mps.changesTitle", { version: preview.previous?.name ?? "" }),
            columns: [
              { header: t("wb.col.family"), numberFormat: TEXT },
              { header: t("wb.col.period"), numberFormat: TEXT },
              { header: t("wb.mps.col.before"), numberFormat: QUANTITY },
              { header: t("wb.mps.col.now"), numberFormat: QUANTITY },
              { header: t("wb.mps.col.change"), numberFormat: QUANTITY },
            ],
            rows: preview.changes.map((c: FrozenChange) => [
              c.family === "" ? t("wb.allProducts") : c.family,
              c.period,
              c.before,
              c.now,
              c.change,
            ]),
          },
        }
      : {}),
  };
}

/**
 * The approved plan as CSV: UTF-8 with a byte-order mark (Excel in China opens it as UTF-8, not
 * GBK), comma-separated, CRLF line ends, a header of MPS_CSV_COLUMNS; quantities as plain numbers
 * (a point for decimals, no thousands separator), frozen 1 or 0, approved_at in ISO 8601 (UTC).
 */
export function mpsCsv(
  plan: PlanData,
  frozen: number,
  record: ApprovalRecord,
  language: Language
): Uint8Array {
  const { families, periods } = plan.input;
  const lines = [MPS_CSV_COLUMNS.join(",")];
  for (let f = 0; f < families; f++) {
    for (let p = 0; p < periods; p++) {
      lines.push(
        [
          csvText(familyName(plan, f, language)),
          csvText(plan.periods[p] ?? ""),
          String(plan.input.production[f * periods + p]),
          isFrozen(p, frozen) ? "1" : "0",
          csvText(record.cycle),
          csvText(record.version),
          csvText(record.approval.by),
          record.approval.at,
        ].join(",")
      );
    }
  }
  const text = `\uFEFF${lines.join("\r\n")}\r\n`;
  return new TextEncoder().encode(text);
}

/** A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
export function csvText(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
