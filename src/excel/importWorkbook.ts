import {
  aggregateExtract,
  detectColumns,
  detectDecimal,
  EXTRACT_KINDS,
  monthRange,
  monthsAfter,
  monthsBefore,
  parseMonth,
  type ColumnMapping,
  type ExtractRole,
} from "../engine";
import type {
  ImportName,
  ImportOutcome,
  ImportPreview,
  ImportPreviewOutcome,
  ImportRequest,
  PlanningWorkbook,
  Refused,
  RunOptions,
  WorkbookProblem,
} from "../workbook";
import { writeBlockSheet } from "./blockSheet";
import { absoluteReference, rangeAddress } from "./sheets/addresses";
import { dataSheet, type DataLayout } from "./sheets/dataSheet";
import { extractTable } from "./sheets/extractFile";
import { lineCells, periodLabel } from "./sheets/inputs";
import {
  collectReads,
  loadWith,
  queueReads,
  targetSheet,
  type ExcelHost,
  type QueuedRead,
  type Resolution,
} from "./workbookAccess";

/**
 * Import ERP extract (the Data step; seed 002: S&OP integrates the ERP's data): the file read
 * and its columns found, its rows aggregated to families × months by type, `S&OP Data` written
 * and the contract's names pointed at it, after a preview that says which names move and which
 * rows were left out and why. Nothing is written when the file is refused.
 */
export type ImportOperations = Pick<PlanningWorkbook, "previewImport" | "importExtract">;

export function createImportOperations(host: ExcelHost, clock: () => Date): ImportOperations {
  return {
    previewImport: (request, options) =>
      host.run(async (context): Promise<ImportPreviewOutcome> => {
        const prepared = await prepare(context, request, options, clock);
        return prepared.ok ? { ok: true, preview: prepared.preview } : prepared;
      }),
    importExtract: (request, options) =>
      host.run((context) => importData(context, request, options, clock)),
  };
}

/** The roles an extract cannot do without; the type is optional (every row of one kind). */
const REQUIRED_ROLES: readonly ExtractRole[] = ["family", "period", "quantity"];
const RULE_OF: Record<string, "familyColumn" | "periodColumn" | "quantityColumn"> = {
  family: "familyColumn",
  period: "periodColumn",
  quantity: "quantityColumn",
};
/** Bad rows the preview lists one by one; it counts them all. */
const LISTED_BAD_ROWS = 200;
/** Plan months when the workbook has no SOP_Periods and the extract only has history. */
const DEFAULT_HORIZON = 12;

interface Prepared {
  readonly ok: true;
  readonly preview: ImportPreview;
  readonly layout: DataLayout;
  readonly resolution: Resolution;
  readonly sheet: string;
}

const refuse = (problem: WorkbookProblem): Refused => ({ ok: false, problems: [problem] });

async function prepare(
  context: Excel.RequestContext,
  request: ImportRequest,
  options: RunOptions,
  clock: () => Date
): Promise<Prepared | Refused> {
  options.onProgress?.("reading");
  const { file } = request;
  const table = extractTable(file.bytes);
  if (!table.ok) {
    const kind = table.reason === "empty" ? "importEmpty" : "importUnreadable";
    return refuse({ kind, range: "workbook", found: file.name });
  }
  const mapping: ColumnMapping = request.mapping ?? detectColumns(table.header);
  const missing = REQUIRED_ROLES.find((role) => mapping[role] === undefined);
  if (missing) {
    return refuse({
      kind: "importMissingColumn",
      range: "workbook",
      found: file.name,
      rule: RULE_OF[missing],
    });
  }
  options.onProgress?.("validating");
  const quantityColumn = mapping.quantity ?? 0;
  const decimal = detectDecimal(
    table.rows.slice(0, 2000).map((row) => row.cells[quantityColumn] ?? ""),
    table.format.kind === "csv" ? table.format.delimiter : ","
  );
  const extract = aggregateExtract(table.rows, {
    mapping,
    decimal,
    ...(mapping.type === undefined ? { kind: request.kind ?? "history" } : {}),
  });
  if (extract.families.length === 0) {
    return refuse({
      kind: "importNoRows",
      range: "workbook",
      found: file.name,
      expected: String(extract.badRows.length),
    });
  }

  // The workbook: where the names point, and SOP_Periods' labels when it is defined.
  let queued: QueuedRead[] = [];
  const loaded = await loadWith(context, undefined, (resolution) => {
    const periods = resolution.resolved.SOP_Periods;
    queued = periods ? queueReads(context, [periods]) : [];
  });
  if (!loaded.ok) return loaded;
  const { resolution } = loaded;
  const periodsRead = collectReads(queued).SOP_Periods;
  const cells = periodsRead ? lineCells(periodsRead) : undefined;
  const labels = cells?.map((cell) => periodLabel(cell.value, cell.format));
  const labelMonths = labels?.map((label) => parseMonth(label));
  options.onProgress?.("computing");

  // The plan's months: SOP_Periods' when they are months, else after the history.
  const historyStart = extract.kinds.history
    ? extract.months.find((_, t) =>
        extract.families.some(
          (_, f) => (extract.kinds.history?.[f * extract.months.length + t] ?? 0) !== 0
        )
      )
    : undefined;
  let planMonths: string[];
  let periods: readonly string[];
  const known = labelMonths?.flatMap((month) => (month === undefined ? [] : [month]));
  const definePeriods = !labels || known?.length !== labels.length;
  if (labels && known && !definePeriods) {
    planMonths = known;
    periods = labels;
  } else {
    const lastHistory = lastMonthOf(extract, "history");
    const later = extract.months.filter(
      (month) =>
        (lastHistory === undefined || month > lastHistory) &&
        (hasMonth(extract, "orders", month) || hasMonth(extract, "capacity", month))
    );
    planMonths =
      later.length > 0
        ? monthRange(later[0] ?? "", later.at(-1) ?? "")
        : monthsAfter(lastHistory ?? extract.months.at(-1) ?? "2000-01", DEFAULT_HORIZON);
    periods = planMonths;
  }
  const historyMonths =
    historyStart !== undefined && planMonths[0] !== undefined
      ? monthsBefore(historyStart, planMonths[0])
      : [];
  const sheet = targetSheet(resolution, "data").sheet;
  const layout = dataSheet({
    extract,
    periods,
    planMonths,
    historyMonths,
    definePeriods,
    fileName: file.name,
    importedAt: clock(),
    badRows: extract.badRows,
    language: options.language,
  });
  const names: ImportName[] = layout.names.map((target) => {
    const address = rangeAddress(sheet, target.row, target.column, target.rows, target.columns);
    const now = resolution.resolved[target.name];
    const ours = now !== undefined && now.sheet === resolution.ownSheets.data;
    const problem = resolution.problems.find((p) => p.range === target.name);
    const replaces =
      now && !ours
        ? rangeAddress(
            now.sheet,
            now.block.row,
            now.block.column,
            now.block.rows,
            now.block.columns
          )
        : problem && problem.kind !== "refError"
          ? (problem.found ?? "")
          : undefined;
    return { name: target.name, address, ...(replaces !== undefined ? { replaces } : {}) };
  });
  const preview: ImportPreview = {
    fileName: file.name,
    source: table.format,
    decimal,
    header: table.header,
    mapping,
    rows: extract.rows,
    families: extract.families,
    periods,
    historyMonths,
    totals: EXTRACT_KINDS.flatMap((kind) => {
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
    }),
    outsidePlan: layout.outsidePlan,
    badRows: extract.badRows.slice(0, LISTED_BAD_ROWS),
    badRowCount: extract.badRows.length,
    names,
  };
  return { ok: true, preview, layout, resolution, sheet };
}

function hasMonth(
  extract: ReturnType<typeof aggregateExtract>,
  kind: "orders" | "capacity" | "history",
  month: string
): boolean {
  const values = extract.kinds[kind];
  const t = extract.months.indexOf(month);
  if (!values || t < 0) return false;
  return extract.families.some((_, f) => (values[f * extract.months.length + t] ?? 0) !== 0);
}

function lastMonthOf(
  extract: ReturnType<typeof aggregateExtract>,
  kind: "history"
): string | undefined {
  return [...extract.months].reverse().find((month) => hasMonth(extract, kind, month));
}

async function importData(
  context: Excel.RequestContext,
  request: ImportRequest,
  options: RunOptions,
  clock: () => Date
): Promise<ImportOutcome> {
  const prepared = await prepare(context, request, options, clock);
  if (!prepared.ok) return prepared;
  const { layout, resolution, sheet } = prepared;
  options.onProgress?.("writing");
  const written = await writeBlockSheet(
    context,
    resolution,
    "data",
    layout,
    {},
    {
      finish: (worksheet) => {
        for (const target of layout.names) {
          resolution.existingNames.get(target.name)?.delete();
          context.workbook.names.add(
            target.name,
            absoluteReference(sheet, target.row, target.column, target.rows, target.columns)
          );
        }
        worksheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
        worksheet.activate();
      },
    }
  );
  options.onProgress?.("done");
  return { ok: true, ...written, preview: prepared.preview };
}
