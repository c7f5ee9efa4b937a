import {
  aggregateExtract,
  detectColumns,
  detectDecimal,
  extractTotals,
  monthRange,
  monthsAfter,
  monthsBefore,
  monthsWith,
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
import { rangeAddress } from "./sheets/addresses";
import { dataSheet, type DataLayout } from "./sheets/dataSheet";
import { extractTable } from "./sheets/extractFile";
import { lineCells, periodLabel } from "./sheets/inputs";
import {
  collectReads,
  loadWith,
  plannersCells,
  pointName,
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
  const history = monthsWith(extract, ["history"]);
  const lastHistory = history.at(-1);
  let planMonths: string[];
  let periods: readonly string[];
  const known = labelMonths?.flatMap((month) => (month === undefined ? [] : [month]));
  const definePeriods = !labels || known?.length !== labels.length;
  if (labels && known && !definePeriods) {
    planMonths = known;
    periods = labels;
  } else {
    const later = monthsWith(extract, ["orders", "capacity"]).filter(
      (month) => lastHistory === undefined || month > lastHistory
    );
    planMonths =
      later.length > 0
        ? monthRange(later[0] ?? "", later.at(-1) ?? "")
        : monthsAfter(lastHistory ?? extract.months.at(-1) ?? "2000-01", DEFAULT_HORIZON);
    periods = planMonths;
  }
  const historyStart = history[0];
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
    const replaces = plannersCells(resolution, target.name, resolution.ownSheets.data);
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
    totals: extractTotals(extract),
    outsidePlan: layout.outsidePlan,
    badRows: extract.badRows.slice(0, LISTED_BAD_ROWS),
    badRowCount: extract.badRows.length,
    names,
  };
  return { ok: true, preview, layout, resolution, sheet };
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
          pointName(context, resolution, target.name, sheet, target);
        }
        worksheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
        worksheet.activate();
      },
    }
  );
  options.onProgress?.("done");
  return { ok: true, ...written, preview: prepared.preview };
}
