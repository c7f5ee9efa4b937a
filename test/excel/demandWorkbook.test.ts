import { forecastFamily, outsideInterval } from "../../src/engine";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import { inlineForecaster } from "../../src/excel/forecaster";
import { sampleLayout } from "../../src/excel/sheets/sample";
import { createStandInWorkbook } from "../../src/playground/excel";
import type { ForecastRequest } from "../../src/workbook";

/**
 * The demand review over the real Excel layer on the stand-in: the sample's 36 months of history
 * forecast into `S&OP Forecast`, each number against the engine's own forecast of that history,
 * the refusals naming the range and the cell, and Use statistical forecast.
 */

const NOW = new Date(2024, 3, 1, 9, 0);
const REQUEST: ForecastRequest = { method: "auto", seasonLength: 12, coverage: 0.8 };

/** The sample's history and plan forecast, read from its layout (not typed here). */
function sample() {
  const layout = sampleLayout("en");
  const at = (name: string) => {
    const entry = layout.names.find((n) => n.name === name);
    if (!entry) throw new Error(name);
    return (layout.values[entry.row] ?? []).slice(entry.column, entry.column + entry.columns);
  };
  return {
    history: at("SOP_History") as number[],
    labels: at("SOP_HistoryPeriods") as string[],
    forecast: at("SOP_Forecast") as number[],
    periods: at("SOP_Periods") as string[],
    layout,
  };
}

async function sampleBook() {
  const book = createStandInWorkbook();
  const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
  await workbook.insertSampleData({ language: "en" });
  return { book, workbook };
}

describe("Forecast demand on the sample", () => {
  test("writes S&OP Forecast: the history, the forecast with its interval, the planner's beside it", async () => {
    const { book, workbook } = await sampleBook();
    const families: number[] = [];
    const outcome = await workbook.forecastDemand(REQUEST, {
      language: "en",
      onFamilies: (done) => families.push(done),
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.sheet).toBe("S&OP Forecast");
    expect(families.at(-1)).toBe(1);
    const { history, labels, forecast, periods } = sample();
    const expected = forecastFamily(Float64Array.from(history), {
      horizon: periods.length,
      seasonLength: 12,
      method: "auto",
      coverage: 0.8,
    });
    if (!expected.ok) throw new Error("engine refused");
    const { result, backtest } = expected.value;
    // Title, note, legend, blank, header: the table starts on row 5; the history first.
    const header = book.getValues("S&OP Forecast", "A5:N5")[0];
    expect(header?.slice(0, 4)).toEqual(["Family", "Period", "Actual", "Statistical forecast"]);
    const rows = book.getValues("S&OP Forecast", `A6:N${5 + labels.length + periods.length}`);
    expect(rows.slice(0, labels.length).map((r) => [r[1], r[2]])).toEqual(
      labels.map((label, t) => [label, history[t]])
    );
    const planRows = rows.slice(labels.length);
    planRows.forEach((row, period) => {
      const statistical = result.forecast[period] as number;
      const lower = result.lower?.[period] as number;
      const upper = result.upper?.[period] as number;
      const planner = forecast[period] as number;
      expect(row.slice(1, 9)).toEqual([
        periods[period],
        "",
        statistical,
        lower,
        upper,
        planner,
        planner - statistical,
        outsideInterval(planner, lower, upper) ? "Outside" : "",
      ]);
      expect(row[9]).toBe(result.model);
      expect(row[11]).toBe(backtest?.wmape);
      expect(row[12]).toBe(backtest?.naiveWmape);
    });
    expect(outcome.summary).toMatchObject({
      families: 1,
      periods: 6,
      historyPeriods: 36,
      charts: 1,
    });
    const sheet = book.model.sheets.find((s) => s.name === "S&OP Forecast");
    expect(sheet?.charts).toHaveLength(1);
    expect(sheet?.charts[0]?.title).toBe("Demo product");
  });

  test("running again replaces the sheet and its chart, not a second copy", async () => {
    const { book, workbook } = await sampleBook();
    await workbook.forecastDemand(REQUEST, { language: "en" });
    await workbook.forecastDemand(REQUEST, { language: "zh" });
    const sheets = book.model.sheets.filter((s) => s.name.startsWith("S&OP Forecast"));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.charts).toHaveLength(1);
    expect(book.getValues("S&OP Forecast", "D5")).toEqual([["统计预测"]]);
  });

  test("a cancelled run writes nothing", async () => {
    const { book, workbook } = await sampleBook();
    const controller = new AbortController();
    controller.abort();
    const outcome = await workbook.forecastDemand(REQUEST, {
      language: "en",
      signal: controller.signal,
    });
    expect(outcome).toEqual({ ok: false, problems: [{ kind: "cancelled", range: "workbook" }] });
    expect(book.model.sheets.map((s) => s.name)).not.toContain("S&OP Forecast");
  });
});

describe("refusals name the range and the cell, and write nothing", () => {
  test("without SOP_History and SOP_HistoryPeriods", async () => {
    const { book, workbook } = await sampleBook();
    const names = book.model.names;
    for (const name of ["SOP_History", "SOP_HistoryPeriods"]) {
      names.splice(
        names.findIndex((n) => n.name === name),
        1
      );
    }
    const outcome = await workbook.forecastDemand(REQUEST, { language: "en" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems.map((p) => [p.kind, p.range])).toEqual([
        ["missingName", "SOP_History"],
        ["missingName", "SOP_HistoryPeriods"],
      ]);
  });

  test("a history that ends two months early says which months are missing", async () => {
    const { book, workbook } = await sampleBook();
    const { labels } = sample();
    // The labels move two months back: the history now ends in 2024-01.
    const shifted = labels.map((label) => {
      const [y, m] = label.split("-").map(Number) as [number, number];
      const month = y * 12 + m - 1 - 2;
      return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
    });
    book.setValues("S&OP Input", "B20:AK20", [shifted]);
    const outcome = await workbook.forecastDemand(REQUEST, { language: "en" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems).toEqual([
        {
          kind: "historyMissingPeriods",
          range: "SOP_HistoryPeriods",
          cell: "'S&OP Input'!AK20",
          found: "2024-01",
          expected: "2024-02 – 2024-03",
        },
      ]);
    expect(book.model.sheets.map((s) => s.name)).not.toContain("S&OP Forecast");
  });

  test("text in a history cell is named at its cell", async () => {
    const { book, workbook } = await sampleBook();
    book.setValues("S&OP Input", "E21", [["n/a"]]);
    const outcome = await workbook.forecastDemand(REQUEST, { language: "en" });
    expect(!outcome.ok && outcome.problems).toEqual([
      {
        kind: "notANumber",
        range: "SOP_History",
        cell: "'S&OP Input'!E21",
        found: '"n/a"',
        errorClass: "#VALUE!",
      },
    ]);
  });

  test("a bad coverage is named", async () => {
    const { workbook } = await sampleBook();
    const outcome = await workbook.forecastDemand({ ...REQUEST, coverage: 80 }, { language: "en" });
    expect(!outcome.ok && outcome.problems.map((p) => p.argument)).toEqual(["interval"]);
  });
});

describe("Use statistical forecast", () => {
  test("refused before Forecast demand has run", async () => {
    const { workbook } = await sampleBook();
    const preview = await workbook.previewUseForecast(["Demo product"]);
    expect(!preview.ok && preview.problems[0]?.kind).toBe("forecastNotRun");
  });

  test("previews, then writes the statistical forecast into SOP_Forecast", async () => {
    const { book, workbook } = await sampleBook();
    await workbook.forecastDemand(REQUEST, { language: "en" });
    const statistical = book.getValues("S&OP Forecast", "D42:D47").map((r) => r[0]);
    const preview = await workbook.previewUseForecast(["Demo product"]);
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.change).toMatchObject({
      range: "SOP_Forecast",
      address: "'S&OP Input'!B5:G5",
      cells: 6,
    });
    expect(preview.change.examples[0]).toEqual({
      cell: "'S&OP Input'!B5",
      from: 12000,
      to: statistical[0],
    });
    // Nothing written by the preview.
    expect(book.getValues("S&OP Input", "B5:G5")).toEqual([sample().forecast]);
    const used = await workbook.useStatisticalForecast(["Demo product"], { language: "en" });
    expect(used).toEqual({ ok: true, families: ["Demo product"], changedCells: 6 });
    expect(book.getValues("S&OP Input", "B5:G5")).toEqual([statistical]);
  });

  test("an unknown family is refused", async () => {
    const { workbook } = await sampleBook();
    await workbook.forecastDemand(REQUEST, { language: "en" });
    const preview = await workbook.previewUseForecast(["Nobody"]);
    expect(!preview.ok && preview.problems).toEqual([
      { kind: "unknownFamily", range: "SOP_Families", found: "Nobody" },
    ]);
  });
});

test("the inline forecaster reports progress and hears a cancel", async () => {
  const histories = Array.from({ length: 40 }, (_, i) =>
    Float64Array.from({ length: 30 }, (_, t) => 100 + i + t)
  );
  const seen: number[] = [];
  const results = await inlineForecaster(
    histories,
    { horizon: 3, seasonLength: 12, method: "naive", coverage: 0.8 },
    (done) => seen.push(done)
  );
  expect(results !== "cancelled" && results.length).toBe(40);
  expect(seen.at(-1)).toBe(40);
  expect(seen.length).toBeGreaterThan(1);
  const controller = new AbortController();
  const cancelled = inlineForecaster(
    histories,
    { horizon: 3, seasonLength: 12, method: "naive", coverage: 0.8 },
    () => {
      controller.abort();
    },
    controller.signal
  );
  expect(await cancelled).toBe("cancelled");
});

describe("the accuracy loop: a forecast saved with a cycle's version, scored when the actual arrives", () => {
  test("lag 1 after one roll forward and a new month of actuals, by hand", async () => {
    const { book, workbook } = await sampleBook();
    await workbook.forecastDemand(REQUEST, { language: "en" });
    // The statistical forecast of April 2024, as S&OP Forecast shows it (history rows 6–41).
    const [april] = book.getValues("S&OP Forecast", "D42").map((r) => r[0] as number);
    const rolled = await workbook.rollForward({ language: "en" });
    if (!rolled.ok) throw new Error(JSON.stringify(rolled.problems));
    // April's actual arrives: the history grows by one month.
    book.setValues("S&OP Input", "AL20:AL21", [["2024-04"], [12500]]);
    const names = book.model.names;
    for (const name of ["SOP_History", "SOP_HistoryPeriods"]) {
      names.splice(
        names.findIndex((n) => n.name === name),
        1
      );
    }
    book.defineName("SOP_HistoryPeriods", "'S&OP Input'!$B$20:$AL$20");
    book.defineName("SOP_History", "'S&OP Input'!$B$21:$AL$21");
    const outcome = await workbook.readForecastAccuracy();
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const [lag1, lag3] = outcome.lags;
    const planned = sample().forecast[0] as number; // the consensus forecast of April: 12,000
    const aprilLastYear = sample().history[24] as number; // seasonal naive: April 2023
    expect(lag1?.cycles).toBe(1);
    expect(lag1?.total.wmape).toBeCloseTo(Math.abs(12500 - planned) / 12500, 12);
    expect(lag1?.total.bias).toBeCloseTo((planned - 12500) / 12500, 12);
    expect(lag1?.total.fvaNaive).toBeCloseTo(
      Math.abs(12500 - aprilLastYear) / 12500 - Math.abs(12500 - planned) / 12500,
      12
    );
    expect(lag1?.total.fvaStatistical).toBeCloseTo(
      Math.abs(12500 - (april ?? NaN)) / 12500 - Math.abs(12500 - planned) / 12500,
      12
    );
    expect(lag1?.families.map((f) => f.family)).toEqual(["Demo product"]);
    // June's actual is not in yet: no lag-3 pair.
    expect(lag3?.cycles).toBe(0);
  });
});

test("Use statistical forecast writes only the chosen family's cells: another family's formulas stay", async () => {
  const book = createStandInWorkbook({ sheets: ["Plan"] });
  const periods = ["2024-04", "2024-05", "2024-06"];
  const history = Array.from({ length: 24 }, (_, i) => {
    const month = 4 + i;
    return `${2022 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, "0")}`;
  });
  book.setValues("Plan", "B1:D1", [periods]);
  book.setValues("Plan", "A2:A3", [["North"], ["South"]]);
  book.setValues("Plan", "B2:D2", [[100, 100, 100]]);
  // South's forecast is a formula of the planner's (computed: 200 each).
  book.setValues("Plan", "B3:D3", [[200, 200, 200]]);
  book.setFormulas("Plan", "B3:D3", [["=B5*2", "=C5*2", "=D5*2"]]);
  book.setValues("Plan", "B4:D5", [
    [100, 100, 100],
    [100, 100, 100],
  ]);
  book.setValues("Plan", "B8:Y8", [history]);
  book.setValues("Plan", "B9:Y10", [
    history.map((_, t) => 90 + (t % 12)),
    history.map((_, t) => 190 + (t % 12)),
  ]);
  for (const [name, reference] of [
    ["SOP_Periods", "Plan!$B$1:$D$1"],
    ["SOP_Families", "Plan!$A$2:$A$3"],
    ["SOP_Forecast", "Plan!$B$2:$D$3"],
    ["SOP_Production", "Plan!$B$4:$D$5"],
    ["SOP_Capacity", "Plan!$B$4"],
    ["SOP_SafetyStock", "Plan!$B$4"],
    ["SOP_OpeningStock", "Plan!$B$4"],
    ["SOP_HistoryPeriods", "Plan!$B$8:$Y$8"],
    ["SOP_History", "Plan!$B$9:$Y$10"],
  ] as const) {
    book.defineName(name, reference);
  }
  const workbook = createExcelPlanningWorkbook(book.host, () => NOW);
  const run = await workbook.forecastDemand(REQUEST, { language: "en" });
  if (!run.ok) throw new Error(JSON.stringify(run.problems));
  const preview = await workbook.previewUseForecast(["North"]);
  if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
  expect(preview.change.cells).toBe(3);
  const used = await workbook.useStatisticalForecast(["North"], { language: "en" });
  expect(used.ok).toBe(true);
  expect(book.getValues("Plan", "B2:D2")[0]).not.toEqual([100, 100, 100]);
  expect(["B3", "C3", "D3"].map((cell) => book.getCell("Plan", cell).formula)).toEqual([
    "=B5*2",
    "=C5*2",
    "=D5*2",
  ]);
});
