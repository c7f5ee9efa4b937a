import {
  averageStockDays,
  DEFAULT_EXCESS_MULTIPLE,
  executionRate,
  planChange,
  planExceptions,
  planMoney,
  previousDecisionCycle,
  rankExceptions,
  rankGaps,
  stakesByFamily,
  reviewCycle,
  statusShares,
  utilizationByFamily,
  type Decision,
  type ExceptionKind,
  type FrozenChange,
  type PeriodGap,
  type PlanBalance,
  type StatusCode,
  type SupplyReview,
} from "../../engine";
import { statusWords, translate, type Language, type MessageKey } from "../../i18n";
import type { LagReport } from "../../workbook";
import type { CellBlock } from "./addresses";
import type { SheetBlock, SheetFormat } from "./blocks";
import type { PlanData } from "./inputs";
import type { VersionInfo } from "../../workbook";
import {
  baselineLine,
  baselineResults,
  SHORTAGE_COLUMNS,
  shortageLines,
  shortageRows,
} from "./supply";
import { amountText, familyName, moneyFormat, stamp, type OutputCell } from "./tables";
import type { VersionResults } from "./versionStore";

/**
 * The `S&OP Meeting` sheet as plain data: blocks of values, the formats, the charts and the print
 * settings the Excel layer applies. Pure, so tests check every cell against the engine. Values
 * only: the sheet reads the same without the add-in.
 */

/** Families that get charts: two per family, and a meeting looks at a dozen at most. */
export const MAX_CHARTED_FAMILIES = 12;

/** Rows of one family's strip: periods, then the five series and the status. */
export const STRIP_ROWS = 7;

/** Points: column A holds labels and long text, the others numbers. */
export const LABEL_WIDTH = 190;
export const NUMBER_WIDTH = 72;

/** Rows a pair of charts takes. */
const CHART_ROWS = 16;

const QUANTITY = "#,##0";
const TEXT = "@";
const PERCENT = "0.0%";

export type MeetingBlock = SheetBlock;
export type MeetingFormat = SheetFormat;

export interface MeetingChart {
  readonly family: string;
  readonly type: "ColumnClustered" | "Line";
  readonly title: string;
  /** Series by rows: the label column and the periods. */
  readonly source: CellBlock;
  /** The period labels, for the category axis. */
  readonly categories: CellBlock;
  /** Top-left and bottom-right cells the chart spans. */
  readonly from: { readonly row: number; readonly column: number };
  readonly to: { readonly row: number; readonly column: number };
}

export interface MeetingLayout {
  readonly blocks: readonly MeetingBlock[];
  readonly formats: readonly MeetingFormat[];
  /** Titles and table headers. */
  readonly bold: readonly CellBlock[];
  /** Table headers, filled light grey. */
  readonly headers: readonly CellBlock[];
  /** Where status words are: coloured as on S&OP Balance. */
  readonly statusArea?: CellBlock;
  /** By status code: Balanced, Shortage, Excess. */
  readonly statusWords: readonly string[];
  readonly charts: readonly MeetingChart[];
  /** Lines of the exceptions list. */
  readonly exceptions: number;
  /** Rows and columns the sheet uses, for the print area. */
  readonly rows: number;
  readonly columns: number;
}

export interface MeetingData {
  readonly plan: PlanData;
  readonly balance: PlanBalance;
  /** Every family × period with a rolling gap. */
  readonly gaps: readonly PeriodGap[];
  readonly decisions: readonly Decision[];
  /** The cycle of the meeting: the plan's first period. */
  readonly cycle: string;
  /** The newest version saved in this cycle, if any. */
  readonly version?: VersionInfo;
  /** The newest plain version of an earlier cycle, for plan-change frequency. */
  readonly previous?: { readonly info: VersionInfo; readonly results: VersionResults };
  /** Forecast accuracy of earlier cycles (lag 1, lag 3), when SOP_History is defined. */
  readonly accuracy?: readonly LagReport[];
  /**
   * The supply plan's options, when SOP_PlanParameters is defined: the cheapest plan against
   * the planner's, the level and the chase plans, and the shortage list; or why there are none.
   */
  readonly supply?: SupplyReview | "invalid" | "noSolver";
  /**
   * The changes inside the frozen periods against the earlier cycle's approved plan, when there is
   * one (Approve plan saved it).
   */
  readonly frozen?: {
    readonly version: string;
    readonly frozenPeriods: number;
    readonly changes: readonly FrozenChange[];
  };
  readonly language: Language;
  readonly computedAt: Date;
  /** `SOP_Forecast ('S&OP Input'!B5:G5)`, … */
  readonly sources: string;
}

/** Builds the sheet top to bottom; each section appends its rows. */
class SheetBuilder {
  readonly blocks: MeetingBlock[] = [];
  readonly formats: MeetingFormat[] = [];
  readonly bold: CellBlock[] = [];
  readonly headers: CellBlock[] = [];
  row = 0;
  columns = 1;

  constructor(readonly language: Language) {}

  t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(this.language, key, values);
  }

  line(text: string, bold = false): void {
    this.blocks.push({ row: this.row, column: 0, values: [[text]] });
    if (bold) this.bold.push({ row: this.row, column: 0, rows: 1, columns: 1 });
    this.row++;
  }

  blank(): void {
    this.row++;
  }

  /** A table: header row, then rows; `formats` gives each column's number format, if one. */
  table(
    header: readonly string[],
    rows: readonly (readonly OutputCell[])[],
    formats: readonly (string | undefined)[]
  ): void {
    const width = header.length;
    const block = { row: this.row, column: 0, rows: 1, columns: width };
    this.bold.push(block);
    this.headers.push(block);
    this.format({ ...block }, TEXT);
    if (rows.length > 0) {
      formats.forEach((numberFormat, column) => {
        if (numberFormat === undefined) return;
        this.format({ row: this.row + 1, column, rows: rows.length, columns: 1 }, numberFormat);
      });
    }
    this.blocks.push({ row: this.row, column: 0, values: [header, ...rows] });
    this.row += rows.length + 1;
    this.columns = Math.max(this.columns, width);
  }

  format(block: CellBlock, numberFormat: string): void {
    this.formats.push({ block, numberFormat });
  }
}

export function meetingSheet(data: MeetingData): MeetingLayout {
  const { plan, balance, language } = data;
  const sheet = new SheetBuilder(language);
  const words = statusWords(language);
  const nameOf = (family: number): string => familyName(plan, family, language);

  // Header.
  const version = data.version
    ? `«${data.version.name}» (${stamp(new Date(data.version.savedAt))})`
    : sheet.t("wb.meeting.unsaved");
  sheet.line(sheet.t("wb.meeting.title"), true);
  sheet.line(
    sheet.t("wb.meeting.header", { cycle: data.cycle, version, time: stamp(data.computedAt) })
  );
  sheet.line(sheet.t("wb.meeting.note"));
  sheet.line(sheet.t("wb.meeting.sources", { sources: data.sources }));
  sheet.blank();

  // Balance strips: per family, periods across.
  sheet.line(sheet.t("wb.meeting.strips"), true);
  const stripTop = sheet.row;
  const periods = balance.periods;
  const stripRowKeys: readonly MessageKey[] = [
    "wb.col.effectiveDemand",
    "wb.col.production",
    "wb.col.capacity",
    "wb.col.closingStock",
    "wb.col.safetyStock",
  ];
  const stripTops: number[] = [];
  for (let family = 0; family < balance.families; family++) {
    const top = sheet.row;
    stripTops.push(top);
    const at = (period: number): number => family * periods + period;
    const series = (values: ArrayLike<number>): number[] =>
      Array.from({ length: periods }, (_, period) => values[at(period)] ?? 0);
    const statuses = Array.from(
      { length: periods },
      (_, period) => words[balance.status[at(period)] as StatusCode] ?? ""
    );
    const lines = [
      balance.effectiveDemand,
      plan.input.production,
      plan.input.capacity,
      balance.closingStock,
      plan.input.safetyStock,
    ].map((values, i) => [sheet.t(stripRowKeys[i] as MessageKey), ...series(values)]);
    sheet.blocks.push({
      row: top,
      column: 0,
      values: [
        [nameOf(family), ...plan.periods],
        ...lines,
        [sheet.t("wb.col.status"), ...statuses],
      ],
    });
    const header = { row: top, column: 0, rows: 1, columns: periods + 1 };
    sheet.bold.push(header);
    sheet.headers.push(header);
    sheet.format(header, TEXT);
    sheet.format({ row: top + 1, column: 1, rows: 5, columns: periods }, QUANTITY);
    sheet.format({ row: top + 6, column: 1, rows: 1, columns: periods }, TEXT);
    sheet.row += STRIP_ROWS + 1;
  }
  sheet.columns = Math.max(sheet.columns, periods + 1);
  const statusArea =
    balance.families > 0
      ? { row: stripTop, column: 1, rows: sheet.row - stripTop, columns: periods }
      : undefined;

  const exceptionLines = exceptions(sheet, data, nameOf);
  gapOptions(sheet, data, nameOf);
  kpis(sheet, data, nameOf);
  const moneyCharts = moneySection(sheet, data);
  // The supply plan's options just before the decisions they lead to.
  supplyOptions(sheet, data);
  frozenSection(sheet, data, nameOf);
  openDecisions(sheet, data);
  const charts = [...moneyCharts, ...chartSection(sheet, data, nameOf, stripTops)];

  return {
    blocks: sheet.blocks,
    formats: sheet.formats,
    bold: sheet.bold,
    headers: sheet.headers,
    ...(statusArea ? { statusArea } : {}),
    statusWords: words,
    charts,
    exceptions: exceptionLines,
    rows: sheet.row,
    columns: sheet.columns,
  };
}

type FamilyName = (family: number) => string;

const EXCEPTION_KEYS: Record<ExceptionKind, MessageKey> = {
  shortage: "wb.meeting.shortage",
  overCapacity: "wb.meeting.overCapacity",
  excess: "wb.meeting.excess",
};

/** Exceptions and gaps listed one by one, the most at stake first; the rest are counted. */
export const RANKED_LINES = 20;

/**
 * Shortage, over capacity and excess stock, the most at stake first (revenue at risk with prices,
 * units without): the first 20 one by one, the rest counted by family. Returns how many in all.
 */
function exceptions(sheet: SheetBuilder, data: MeetingData, nameOf: FamilyName): number {
  const { plan, balance } = data;
  const { input } = plan;
  const ranked = rankExceptions(input, balance, planExceptions(input, balance), plan.money);
  const money = plan.money ? moneyFormat(plan, data.language) : undefined;
  sheet.blank();
  sheet.line(sheet.t("wb.meeting.exceptions"), true);
  if (ranked.length === 0) {
    sheet.line(sheet.t("wb.meeting.noExceptions"));
    return 0;
  }
  sheet.line(sheet.t(money ? "wb.meeting.rankedByMoney" : "wb.meeting.rankedByUnits"));
  const rows = ranked.slice(0, RANKED_LINES).map((exception): OutputCell[] => {
    const { family, period, kind, units, stake } = exception;
    const cell = family * balance.periods + period;
    return [
      nameOf(family),
      plan.periods[period] ?? "",
      sheet.t(EXCEPTION_KEYS[kind]),
      units,
      ...(money ? [stake] : []),
      balance.closingStock[cell] ?? 0,
      input.safetyStock[cell] ?? 0,
      input.production[cell] ?? 0,
      input.capacity[cell] ?? 0,
    ];
  });
  sheet.table(
    [
      sheet.t("wb.col.family"),
      sheet.t("wb.col.period"),
      sheet.t("wb.meeting.exception"),
      sheet.t("wb.meeting.units"),
      ...(money ? [sheet.t("wb.meeting.stake")] : []),
      sheet.t("wb.col.closingStock"),
      sheet.t("wb.col.safetyStock"),
      sheet.t("wb.col.production"),
      sheet.t("wb.col.capacity"),
    ],
    rows,
    [TEXT, TEXT, TEXT, QUANTITY, ...(money ? [money] : []), QUANTITY, QUANTITY, QUANTITY, QUANTITY]
  );
  const rest = ranked.slice(RANKED_LINES);
  if (rest.length > 0) {
    // The rest, by family: how many, and their stake together, the most at stake first.
    const families = stakesByFamily(rest);
    sheet.line(sheet.t("wb.meeting.restByFamily", { n: rest.length, families: families.length }));
    sheet.table(
      [
        sheet.t("wb.col.family"),
        sheet.t("wb.meeting.count"),
        sheet.t(money ? "wb.meeting.stake" : "wb.meeting.units"),
      ],
      families.map(({ family, count, stake }) => [nameOf(family), count, stake]),
      [TEXT, "0", money ?? QUANTITY]
    );
  }
  return ranked.length;
}

/** Options shown per gap: the scenario table's first rows (the least gap left). */
const BEST_OPTIONS = 3;

/** One row per option, the option's name last: it overflows into the empty cells on paper. */
function gapOptions(sheet: SheetBuilder, data: MeetingData, nameOf: FamilyName): void {
  const { plan } = data;
  // The gaps most at stake first, as the exceptions; the first 20, S&OP Scenarios has them all.
  const ranked = rankGaps(data.gaps, data.balance.periods, plan.money);
  const gaps = ranked.slice(0, RANKED_LINES);
  const options = plan.options ?? [];
  sheet.blank();
  sheet.line(sheet.t("wb.meeting.gaps"), true);
  if (gaps.length === 0) {
    sheet.line(sheet.t("wb.meeting.noGaps"));
    return;
  }
  const lead = [sheet.t("wb.col.family"), sheet.t("wb.col.period"), sheet.t("wb.col.gap")];
  if (options.length === 0) {
    sheet.line(sheet.t("wb.meeting.noOptions"));
    sheet.table(
      lead,
      gaps.map(({ family, period, analysis }) => [
        nameOf(family),
        plan.periods[period] ?? "",
        analysis.gap,
      ]),
      [TEXT, TEXT, QUANTITY]
    );
    moreGaps(sheet, ranked.length - gaps.length);
    return;
  }
  const costed = options.every((option) => option.unitCost !== undefined);
  const header = [
    ...lead,
    sheet.t("wb.meeting.rank"),
    sheet.t("wb.meeting.left"),
    ...(costed ? [sheet.t("wb.col.cost")] : []),
    sheet.t("wb.col.option"),
  ];
  const rows: OutputCell[][] = [];
  for (const { family, period, analysis } of gaps) {
    const start = [nameOf(family), plan.periods[period] ?? "", analysis.gap];
    analysis.scenarios.slice(0, BEST_OPTIONS).forEach((scenario, i) => {
      rows.push([
        ...start,
        i + 1,
        scenario.remainingGap,
        ...(costed ? [scenario.cost ?? 0] : []),
        scenario.name,
      ]);
    });
    const mix = analysis.cheapestMix;
    if (costed && mix) {
      rows.push([
        ...start,
        sheet.t("wb.meeting.cheapestMix"),
        mix.remainingGap,
        mix.cost,
        mix.parts.map((part) => `${part.name} ${part.quantity}`).join(" + "),
      ]);
    }
  }
  sheet.table(header, rows, [
    TEXT,
    TEXT,
    QUANTITY,
    // Ranks are numbers, the cheapest mix's row says so in words.
    "0",
    QUANTITY,
    ...(costed ? [QUANTITY] : []),
    TEXT,
  ]);
  moreGaps(sheet, ranked.length - gaps.length);
}

/** The gaps the pack leaves out: S&OP Scenarios (Gap scenarios) has every one. */
function moreGaps(sheet: SheetBuilder, left: number): void {
  if (left > 0) sheet.line(sheet.t("wb.meeting.moreGaps", { n: left }));
}

function kpis(sheet: SheetBuilder, data: MeetingData, nameOf: FamilyName): void {
  const { plan, balance, decisions, previous } = data;
  const rows: OutputCell[][] = [];
  const formats: string[] = [];
  const definitions: string[] = [];
  const add = (name: string, value: OutputCell, format: string, basis: string): void => {
    rows.push([name, value, basis]);
    formats.push(typeof value === "number" ? format : TEXT);
  };
  const define = (name: MessageKey, definition: MessageKey, values = {}): void => {
    definitions.push(`${sheet.t(name)}: ${sheet.t(definition, values)}`);
  };
  const notAvailable = sheet.t("wb.meeting.notAvailable");
  const shares = statusShares(balance);
  const cells = (share: number): string =>
    sheet.t("wb.meeting.kpi.cells", { n: Math.round(share * shares.cells), of: shares.cells });
  add(sheet.t("wb.meeting.kpi.shortage"), shares.shortage, PERCENT, cells(shares.shortage));
  add(sheet.t("wb.meeting.kpi.balanced"), shares.balanced, PERCENT, cells(shares.balanced));
  add(sheet.t("wb.meeting.kpi.excess"), shares.excess, PERCENT, cells(shares.excess));
  define("wb.meeting.kpi.shortage", "wb.meeting.kpi.shortage.def");
  define("wb.meeting.kpi.balanced", "wb.meeting.kpi.balanced.def");
  define("wb.meeting.kpi.excess", "wb.meeting.kpi.excess.def", {
    multiple: DEFAULT_EXCESS_MULTIPLE,
  });
  add(sheet.t("wb.meeting.kpi.stockDays"), averageStockDays(balance), "0.0", "");
  define("wb.meeting.kpi.stockDays", "wb.meeting.kpi.stockDays.def");
  utilizationByFamily(plan.input).forEach((utilization, family) => {
    add(
      sheet.t("wb.meeting.kpi.utilization", { family: nameOf(family) }),
      Number.isNaN(utilization) ? notAvailable : utilization,
      PERCENT,
      ""
    );
  });
  definitions.push(
    `${sheet.t("wb.meeting.kpi.utilization", { family: "…" })}: ${sheet.t("wb.meeting.kpi.utilization.def")}`
  );
  const asOf = stamp(data.computedAt).slice(0, 10);
  const execution = executionRate(decisions, asOf);
  add(
    sheet.t("wb.meeting.kpi.execution"),
    execution.rate ?? notAvailable,
    "0%",
    execution.rate === undefined
      ? sheet.t("wb.meeting.nothingDue", { date: asOf })
      : sheet.t("wb.meeting.kpi.doneOfDue", { done: execution.done, due: execution.due })
  );
  define("wb.meeting.kpi.execution", "wb.meeting.kpi.execution.def", { date: asOf });
  if (previous) {
    const change = planChange(
      {
        families: plan.families,
        periods: plan.periods,
        effectiveDemand: balance.effectiveDemand,
        production: plan.input.production,
      },
      previous.results
    );
    const version = `«${previous.info.name}»`;
    const periods = change.periods.join(", ");
    add(
      sheet.t("wb.meeting.kpi.change"),
      change.frequency ?? notAvailable,
      "0%",
      sheet.t("wb.meeting.kpi.changed", {
        changed: change.changedCells,
        cells: change.cells,
        periods,
        version,
      })
    );
    add(sheet.t("wb.meeting.kpi.changeSize"), change.magnitude ?? notAvailable, PERCENT, "");
    define("wb.meeting.kpi.change", "wb.meeting.kpi.change.def");
    define("wb.meeting.kpi.changeSize", "wb.meeting.kpi.changeSize.def");
  } else {
    add(
      sheet.t("wb.meeting.kpi.change"),
      notAvailable,
      TEXT,
      sheet.t("wb.meeting.noPreviousVersion")
    );
    define("wb.meeting.kpi.change", "wb.meeting.kpi.change.def");
  }
  forecastAccuracyKpis(data.accuracy, add, sheet, notAvailable);
  definitions.push(
    `${sheet.t("wb.meeting.kpi.accuracy", { lag: "k" })}: ${sheet.t("wb.meeting.kpi.accuracy.def", { lag: "k" })}`
  );
  sheet.blank();
  sheet.line(sheet.t("wb.meeting.kpis"), true);
  const top = sheet.row + 1;
  sheet.table(
    [sheet.t("wb.meeting.kpi"), sheet.t("wb.meeting.value"), sheet.t("wb.meeting.basis")],
    rows,
    [TEXT, undefined, TEXT]
  );
  // Each KPI value has its own number format.
  formats.forEach((numberFormat, i) => {
    sheet.format({ row: top + i, column: 1, rows: 1, columns: 1 }, numberFormat);
  });
  // The definitions, one line each, readable on paper (a cell comment would not print).
  sheet.line(sheet.t("wb.meeting.definitions"), true);
  for (const definition of definitions) sheet.line(definition);
}

/**
 * Forecast accuracy at lag 1 and lag 3 (the demand review's): the WMAPE of the consensus forecast,
 * with its bias, tracking signal and value added over seasonal naive as the basis.
 */
function forecastAccuracyKpis(
  accuracy: readonly LagReport[] | undefined,
  add: (name: string, value: OutputCell, format: string, basis: string) => void,
  sheet: SheetBuilder,
  notAvailable: string
): void {
  const shown = (value: number, digits: number): string =>
    Number.isFinite(value) ? value.toFixed(digits) : notAvailable;
  const percent = (value: number): string =>
    Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : notAvailable;
  for (const lag of [1, 3]) {
    const report = accuracy?.find((candidate) => candidate.lag === lag);
    const name = sheet.t("wb.meeting.kpi.accuracy", { lag });
    if (!report || report.cycles === 0 || !Number.isFinite(report.total.wmape)) {
      add(
        name,
        notAvailable,
        TEXT,
        sheet.t(accuracy ? "wb.meeting.kpi.noActuals" : "wb.meeting.kpi.noHistory")
      );
      continue;
    }
    const { total } = report;
    add(
      name,
      total.wmape,
      PERCENT,
      sheet.t("wb.meeting.kpi.accuracyBasis", {
        cycles: report.cycles,
        bias: percent(total.bias),
        tracking: shown(total.trackingSignal, 2),
        fva: percent(total.fvaNaive),
      })
    );
  }
}

/** The supply plan's options: what the cheapest plan costs against the others, what falls short. */
function supplyOptions(sheet: SheetBuilder, data: MeetingData): void {
  const { supply, plan, language } = data;
  if (supply === undefined) return;
  sheet.blank();
  sheet.line(sheet.t("wb.meeting.supply"), true);
  if (supply === "invalid" || supply === "noSolver") {
    sheet.line(
      sheet.t(supply === "invalid" ? "wb.meeting.supplyUnavailable" : "wb.meeting.supplyNoSolver")
    );
    return;
  }
  const best = supply.optimized.cost;
  sheet.line(sheet.t("wb.meeting.supplyCheapest", { cost: amountText(best, true) }));
  for (const result of baselineResults(plan, supply, language)) {
    sheet.line(baselineLine(language, result, best));
  }
  const lines = shortageLines(plan, supply, language);
  if (lines.length === 0) {
    sheet.line(sheet.t("wb.supply.noShortage"));
    return;
  }
  sheet.line(sheet.t("wb.supply.shortage"));
  sheet.table(
    SHORTAGE_COLUMNS.map(([key]) => sheet.t(key)),
    shortageRows(language, lines),
    SHORTAGE_COLUMNS.map(([, numberFormat]) => numberFormat)
  );
}

/** The production changed inside the frozen periods against the earlier approved plan. */
function frozenSection(sheet: SheetBuilder, data: MeetingData, nameOf: FamilyName): void {
  const { frozen } = data;
  if (!frozen) return;
  sheet.blank();
  sheet.line(sheet.t("wb.meeting.frozen"), true);
  if (frozen.changes.length === 0) {
    sheet.line(sheet.t("wb.mps.noChange", { version: frozen.version }));
    return;
  }
  sheet.line(
    sheet.t("wb.meeting.frozenChanged", { n: frozen.changes.length, version: frozen.version })
  );
  const family = (name: string): string => (name === "" ? nameOf(0) : name);
  sheet.table(
    [
      sheet.t("wb.col.family"),
      sheet.t("wb.col.period"),
      sheet.t("wb.mps.col.before"),
      sheet.t("wb.mps.col.now"),
      sheet.t("wb.mps.col.change"),
    ],
    frozen.changes.map((c) => [family(c.family), c.period, c.before, c.now, c.change]),
    [TEXT, TEXT, QUANTITY, QUANTITY, QUANTITY]
  );
}

function openDecisions(sheet: SheetBuilder, data: MeetingData): void {
  const previousCycle = previousDecisionCycle(data.decisions, data.cycle);
  const review = reviewCycle(data.decisions, data.cycle, previousCycle);
  sheet.blank();
  sheet.line(sheet.t("wb.meeting.decisions"), true);
  if (review.open.length === 0) sheet.line(sheet.t("wb.meeting.noDecisions"));
  else {
    sheet.table(
      [
        sheet.t("wb.decisions.col.decision"),
        sheet.t("wb.decisions.col.id"),
        sheet.t("wb.col.family"),
        sheet.t("wb.col.period"),
        sheet.t("wb.decisions.col.owner"),
        sheet.t("wb.decisions.col.due"),
        sheet.t("wb.decisions.col.cycle"),
      ],
      review.open.map((d) => [d.decision, d.id, d.family, d.period, d.owner, d.due ?? "", d.cycle]),
      [TEXT, "0", TEXT, TEXT, TEXT, TEXT, TEXT]
    );
    if (review.carriedOver > 0) {
      sheet.line(sheet.t("wb.meeting.carriedOver", { n: review.carriedOver }));
    }
  }
  sheet.line(
    review.previous
      ? sheet.t("wb.meeting.lastCycle", {
          cycle: review.previous.cycle,
          decided: review.previous.decided,
          done: review.previous.done,
          dropped: review.previous.dropped,
          open: review.previous.open,
        })
      : sheet.t("wb.meeting.noLastCycle")
  );
}

/**
 * The plan in money for all families, periods across: revenue, [budget], gross margin,
 * [revenue − budget], closing stock value; revenue against budget and margin as columns, the
 * stock's value as a line, under the table.
 */
function moneySection(sheet: SheetBuilder, data: MeetingData): MeetingChart[] {
  const { plan, balance, language } = data;
  if (!plan.money || balance.periods === 0) return [];
  const money = planMoney(balance, plan.money);
  const format = moneyFormat(plan, language);
  const { budget: target, budgetGap } = money.totals;
  sheet.blank();
  sheet.line(sheet.t("wb.meeting.money"), true);
  const top = sheet.row;
  const line = (key: MessageKey, values: ArrayLike<number>): OutputCell[] => [
    sheet.t(key),
    ...Array.from(values),
  ];
  const rows: OutputCell[][] = [
    line("wb.col.revenue", money.totals.revenue),
    ...(target ? [line("wb.col.budget", target)] : []),
    line("wb.col.margin", money.totals.margin),
    ...(budgetGap ? [line("wb.col.budgetGap", budgetGap)] : []),
    line("wb.col.stockValue", money.totals.stockValue),
  ];
  sheet.table([sheet.t("wb.meeting.moneyAll"), ...plan.periods], rows, [
    TEXT,
    ...plan.periods.map(() => format),
  ]);
  const columns = balance.periods + 1;
  const categories = { row: top, column: 1, rows: 1, columns: balance.periods };
  const from = sheet.row + 1;
  const chart = (
    type: MeetingChart["type"],
    title: MessageKey,
    first: number,
    count: number,
    left: number,
    right: number
  ): MeetingChart => ({
    family: sheet.t("wb.meeting.moneyAll"),
    type,
    title: sheet.t(title),
    source: { row: top + first, column: 0, rows: count, columns },
    categories,
    from: { row: from, column: left },
    to: { row: from + CHART_ROWS - 2, column: right },
  });
  const charts = [
    chart("ColumnClustered", "wb.meeting.chart.revenue", 1, target ? 3 : 2, 0, 3),
    chart("Line", "wb.meeting.chart.stockValue", rows.length, 1, 4, 9),
  ];
  sheet.row = from + CHART_ROWS;
  sheet.columns = Math.max(sheet.columns, 10);
  return charts;
}

/** Per charted family: demand, production and capacity as columns; stock against safety stock. */
function chartSection(
  sheet: SheetBuilder,
  data: MeetingData,
  nameOf: FamilyName,
  stripTops: readonly number[]
): MeetingChart[] {
  const { balance } = data;
  const charted = Math.min(MAX_CHARTED_FAMILIES, balance.families);
  if (charted === 0 || balance.periods === 0) return [];
  sheet.blank();
  sheet.line(sheet.t("wb.meeting.charts"), true);
  if (charted < balance.families) {
    sheet.line(sheet.t("wb.meeting.chartsFirst", { shown: charted, families: balance.families }));
  }
  const charts: MeetingChart[] = [];
  const periods = balance.periods;
  for (let family = 0; family < charted; family++) {
    const top = stripTops[family] ?? 0;
    const name = nameOf(family);
    const categories = { row: top, column: 1, rows: 1, columns: periods };
    const from = sheet.row;
    /** One chart of the strip's rows `first` … `first + rows - 1`, over columns `left` … `right`. */
    const chart = (
      type: MeetingChart["type"],
      title: string,
      first: number,
      rows: number,
      left: number,
      right: number
    ): MeetingChart => ({
      family: name,
      type,
      title,
      source: { row: top + first, column: 0, rows, columns: periods + 1 },
      categories,
      from: { row: from, column: left },
      to: { row: from + CHART_ROWS - 2, column: right },
    });
    charts.push(
      // Demand, production and capacity as columns; closing and safety stock as lines.
      chart("ColumnClustered", sheet.t("wb.meeting.chart.supply", { family: name }), 1, 3, 0, 3),
      chart("Line", sheet.t("wb.meeting.chart.stock", { family: name }), 4, 2, 4, 9)
    );
    sheet.row += CHART_ROWS;
  }
  sheet.columns = Math.max(sheet.columns, 10);
  return charts;
}
