import {
  type BalanceArguments,
  balanceFormula,
  gapFormula,
  isFormulaError,
  type ResultCell,
} from "../../../src/functions/formulas";
import { translate } from "../../../src/i18n";
import {
  StandInError,
  createStandInWorkbook,
  type StandInWorkbook,
} from "../../../src/playground/excel";
import {
  seedGap,
  seedMonths,
  seedRollingPlan,
  seedScenarios,
  seedSeries,
  seedStatusWord,
} from "../../support/seedDemo";

/**
 * HyperFormula under the stand-in: formulas typed into cells are computed, SOP.BALANCE and SOP.GAP
 * by the same code Excel runs (`balanceFormula`, `gapFormula`), over the seed demo.
 */

/** The seed demo on sheet Plan as README lays it out, months across B:G, with the contract names. */
function seedBook(): StandInWorkbook {
  const book = createStandInWorkbook({ formulas: "hyperformula", sheets: ["Plan", "Report"] });
  book.setValues("Plan", "A1:G1", [["Month", ...seedMonths]]);
  book.setValues("Plan", "A2:G2", [["Forecast", ...seedSeries.forecast]]);
  book.setValues("Plan", "A3:G3", [["Orders", ...seedSeries.orders]]);
  book.setValues("Plan", "A4:B4", [["Opening stock", seedSeries.openingStock]]);
  book.setValues("Plan", "A5:G5", [["Production", ...seedSeries.production]]);
  book.setValues("Plan", "A6:G6", [["Capacity", ...seedSeries.capacity]]);
  book.setValues("Plan", "A7:G7", [["Safety stock", ...seedSeries.safetyStock]]);
  book.setValues(
    "Plan",
    "A10:B13",
    seedGap.names.map((name, i) => [name, seedGap.capacities[i] ?? 0])
  );
  const names: [string, string][] = [
    ["SOP_Periods", "Plan!$B$1:$G$1"],
    ["SOP_Forecast", "Plan!$B$2:$G$2"],
    ["SOP_Orders", "Plan!$B$3:$G$3"],
    ["SOP_OpeningStock", "Plan!$B$4"],
    ["SOP_Production", "Plan!$B$5:$G$5"],
    ["SOP_Capacity", "Plan!$B$6:$G$6"],
    ["SOP_SafetyStock", "Plan!$B$7:$G$7"],
  ];
  for (const [name, reference] of names) book.defineName(name, reference);
  return book;
}

const BALANCE_OVER_NAMES =
  "=SOP.BALANCE(SOP_Forecast, SOP_Orders, SOP_OpeningStock, SOP_Production, SOP_Capacity, SOP_SafetyStock)";

const row = (values: readonly unknown[]) => [[...values]];

/** The seed's inputs as Excel hands a row of cells to the custom function. */
function seedArguments(change: Partial<BalanceArguments> = {}): BalanceArguments {
  return {
    forecast: row(seedSeries.forecast),
    orders: row(seedSeries.orders),
    opening_stock: seedSeries.openingStock,
    production: row(seedSeries.production),
    capacity: row(seedSeries.capacity),
    safety_stock: row(seedSeries.safetyStock),
    ...change,
  };
}

/** What the cells of a result show: numbers and text as they are, an error as its Excel text. */
function shown(cells: readonly (readonly ResultCell[])[]) {
  return cells.map((line) => line.map((cell) => (isFormulaError(cell) ? cell.errorClass : cell)));
}

function okCells(result: ReturnType<typeof balanceFormula>) {
  if (!result.ok) throw new Error(result.error.message);
  return result.cells;
}

describe("typing into cells", () => {
  test("=SUM over typed numbers, and an edit recomputes it", () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    book.enterCell("Sheet1", "A1", "1");
    book.enterCell("Sheet1", "A2", "2");
    book.enterCell("Sheet1", "A3", "3");
    book.enterCell("Sheet1", "B1", "=SUM(A1:A3)");
    expect(book.getCell("Sheet1", "B1")).toEqual({ value: 6, formula: "=SUM(A1:A3)" });
    book.enterCell("Sheet1", "A2", "10");
    expect(book.getValues("Sheet1", "B1")).toEqual([[14]]);
    book.enterCell("Sheet1", "A3", "");
    expect(book.getValues("Sheet1", "B1")).toEqual([[11]]);
  });

  test.each([
    ["a number", "1250.5", { value: 1250.5 }, 2501],
    ["TRUE", "true", { value: true }, 2],
    ["a month, as a date", "2024-04", { value: 45383, numberFormat: "mmm-yy" }, 90766],
    ["a day, as a date", "2024-04-15", { value: 45397, numberFormat: "yyyy-mm-dd" }, 90794],
    // Excel's arithmetic reads number-like text too; SOP.BALANCE does not (see the engine).
    ["a number kept as text by '", "'1250", { value: "1250" }, 2500],
    ["text", "n/a", { value: "n/a" }, "#VALUE!"],
    ["a formula", "=2+3", { value: 5, formula: "=2+3" }, 10],
    ["nothing (clears)", "", undefined, 0],
  ])("%s: typed %j", (_what, text, cell, doubled) => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    book.enterCell("Sheet1", "B1", "=A1*2");
    book.enterCell("Sheet1", "A1", "7");
    book.enterCell("Sheet1", "A1", text);
    expect(book.sheet("Sheet1").cells.get(0, 0)).toEqual(cell);
    expect(book.getValues("Sheet1", "B1")).toEqual([[doubled]]);
  });

  test("a formula HyperFormula cannot read is refused, as Excel refuses to enter it", () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    book.enterCell("Sheet1", "A1", "5");
    expect(() => {
      book.enterCell("Sheet1", "A1", "=SUM(1,");
    }).toThrow(StandInError);
    expect(book.getCell("Sheet1", "A1")).toEqual({ value: 5 });
  });

  test("an unknown function shows #NAME? with HyperFormula's message", () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    book.enterCell("Sheet1", "A1", "=SOP.NOTHING(1)");
    expect(book.getValues("Sheet1", "A1")).toEqual([["#NAME?"]]);
    expect(book.errorOf("Sheet1", "A1")?.message).toMatch(/SOP\.NOTHING/);
  });
});

describe("SOP.BALANCE", () => {
  test("over the seed's named ranges it spills 6 × 6, the cells balanceFormula computes", () => {
    const book = seedBook();
    book.enterCell("Report", "B2", BALANCE_OVER_NAMES);
    const expected = shown(okCells(balanceFormula(seedArguments())));
    expect(expected).toHaveLength(6);
    expect(book.getValues("Report", "B2:G7")).toEqual(expected);
    // Nothing beyond the six fields and the six months.
    expect(book.getValues("Report", "H2:H7").flat()).toEqual(Array(6).fill(""));
    expect(book.getValues("Report", "B8:G8").flat()).toEqual(Array(6).fill(""));
    // And the seed's own numbers: effective demand, opening and closing stock.
    const [demand, opening, closing] = book.getValues("Report", "B2:G4");
    expect(demand).toEqual(seedRollingPlan.map((p) => p.effectiveDemand));
    expect(opening).toEqual(seedRollingPlan.map((p) => p.openingStock));
    expect(closing).toEqual(seedRollingPlan.map((p) => p.closingStock));
    expect(book.spillOf("Report", "B2")).toEqual({
      anchor: "B2",
      address: "B2:G7",
      rows: 6,
      columns: 6,
    });
  });

  test.each([
    ["a text argument", '"zh"', []],
    ["a constant name", "SOP_Language", [["SOP_Language", '="zh"']]],
  ])("Chinese status words with %s", (_how, language, names) => {
    const book = seedBook();
    for (const [name, formula] of names) book.defineName(name ?? "", formula ?? "");
    book.enterCell("Report", "A1", `${BALANCE_OVER_NAMES.slice(0, -1)}, , , ${language})`);
    expect(book.getValues("Report", "A6:F6")[0]).toEqual(
      seedRollingPlan.map((p) => seedStatusWord(p.status))
    );
  });

  test("inputs in columns spill one row per period", () => {
    const book = createStandInWorkbook({ formulas: "hyperformula" });
    const columns = [
      seedSeries.forecast,
      seedSeries.orders,
      seedSeries.production,
      seedSeries.capacity,
      seedSeries.safetyStock,
    ];
    book.setValues(
      "Sheet1",
      "A1:E6",
      seedMonths.map((_, period) => columns.map((series) => series[period] ?? 0))
    );
    book.setValues("Sheet1", "F1", [[seedSeries.openingStock]]);
    book.enterCell("Sheet1", "H1", "=SOP.BALANCE(A1:A6, B1:B6, F1, C1:C6, D1:D6, E1:E6)");
    const expected = okCells(
      balanceFormula(
        seedArguments({
          forecast: seedSeries.forecast.map((v) => [v]),
          orders: seedSeries.orders.map((v) => [v]),
        })
      )
    );
    expect(book.getValues("Sheet1", "H1:M6")).toEqual(shown(expected));
    expect(book.spillOf("Sheet1", "M6")?.address).toBe("H1:M6");
  });

  test("editing an input recomputes the spill", () => {
    const book = seedBook();
    book.enterCell("Report", "A1", BALANCE_OVER_NAMES);
    book.enterCell("Plan", "B2", "20000");
    const forecast = [20000, ...seedSeries.forecast.slice(1)];
    const expected = okCells(balanceFormula(seedArguments({ forecast: row(forecast) })));
    expect(book.getValues("Report", "A1:F6")).toEqual(shown(expected));
    expect(book.getValues("Report", "A1")).toEqual([[20000]]);
  });

  test("a capacity of 0 gives #DIV/0! in that period's utilization only", () => {
    const book = seedBook();
    book.enterCell("Report", "A1", BALANCE_OVER_NAMES);
    book.enterCell("Plan", "E6", "0");
    const capacity = row(seedSeries.capacity.map((v, i) => (i === 3 ? 0 : v)));
    const cells = okCells(balanceFormula(seedArguments({ capacity })));
    const utilization = book.getValues("Report", "A5:F5")[0];
    expect(utilization).toEqual(shown(cells)[4]);
    expect(utilization?.filter((v) => typeof v === "string")).toEqual(["#DIV/0!"]);
    expect(utilization?.[3]).toBe("#DIV/0!");
    expect(book.errorOf("Report", "D5")).toEqual({
      error: "#DIV/0!",
      message: "capacity, period 4: capacity is 0, so utilization cannot be computed",
    });
    expect(book.errorOf("Report", "A1")).toBeUndefined();
  });

  test.each([
    ["text in forecast", "#VALUE!", "D2", "n/a", 'forecast, period 3: "n/a" is not a number'],
    ["a #N/A in orders", "#N/A", "C3", "=NA()", "orders, period 2: the input is the error #N/A"],
    [
      "a #DIV/0! in production",
      "#DIV/0!",
      "B5",
      "=1/0",
      "production, period 1: the input is the error #DIV/0!",
    ],
    ["text as opening stock", "#VALUE!", "B4", "lots", 'opening_stock: "lots" is not a number'],
    [
      "a negative safety stock",
      "#VALUE!",
      "G7",
      "-5",
      "safety_stock, period 6: -5 is negative; it must be 0 or more",
    ],
  ])("%s: the formula's cell shows %s and says where", (_what, error, cell, text, message) => {
    const book = seedBook();
    book.enterCell("Report", "A1", BALANCE_OVER_NAMES);
    book.enterCell("Plan", cell, text);
    expect(book.errorOf("Report", "A1")).toEqual({ error, message });
    // A whole-formula error is shown in the formula's cell only, as Excel shows a thrown error.
    const spill = book.getValues("Report", "A1:F6").flat();
    expect(spill.filter((v) => v !== "")).toEqual([error]);
  });

  test.each([
    ["a series of another length", "#N/A", "=SOP.BALANCE(B2:F2, B3:G3, B4, B5:G5, B6:G6, B7:G7)"],
    ["a block for a series", "#VALUE!", "=SOP.BALANCE(B2:G3, B3:G3, B4, B5:G5, B6:G6, B7:G7)"],
    [
      "an unknown language",
      "#VALUE!",
      '=SOP.BALANCE(B2:G2, B3:G3, B4, B5:G5, B6:G6, B7:G7, , , "fr")',
    ],
    ["too few arguments", "#N/A", "=SOP.BALANCE(B2:G2, B3:G3, B4)"],
  ])("%s gives %s", (_what, error, formula) => {
    const book = seedBook();
    book.enterCell("Plan", "A20", formula);
    expect(book.getValues("Plan", "A20")).toEqual([[error]]);
    expect(book.errorOf("Plan", "A20")?.message).not.toBe("");
  });

  test("the message is balanceFormula's, word for word", () => {
    const book = seedBook();
    book.enterCell("Report", "A1", BALANCE_OVER_NAMES);
    book.enterCell("Plan", "D2", "n/a");
    const forecast = row(seedSeries.forecast.map((v, i) => (i === 2 ? "n/a" : v)));
    const result = balanceFormula(seedArguments({ forecast }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(book.errorOf("Report", "A1")?.message).toBe(result.error.message);
  });

  test("#NULL!, which HyperFormula lacks, still reads as #NULL!", () => {
    const book = seedBook();
    book.setValues("Plan", "C2", [["#NULL!"]]);
    book.enterCell("Report", "A1", BALANCE_OVER_NAMES);
    expect(book.errorOf("Report", "A1")).toEqual({
      error: "#NULL!",
      message: "forecast, period 2: the input is the error #NULL!",
    });
    expect(book.getValues("Report", "A1")).toEqual([["#NULL!"]]);
  });

  test("inside a larger formula the whole result is there to use", () => {
    const book = seedBook();
    book.enterCell("Report", "A1", `=INDEX(${BALANCE_OVER_NAMES.slice(1)}, 3, 2)`);
    expect(book.getValues("Report", "A1:B2")).toEqual([
      [seedRollingPlan[1]?.closingStock, ""],
      ["", ""],
    ]);
    expect(book.spillOf("Report", "A1")).toBeUndefined();
  });
});

describe("SOP.GAP", () => {
  const gapCall = `=SOP.GAP(${seedGap.demand}, ${seedGap.supply}, Plan!A10:A13, Plan!B10:B13`;

  test("over ranges it spills 4 rows in the seed's order", () => {
    const book = seedBook();
    book.enterCell("Report", "B2", `${gapCall})`);
    const result = gapFormula({
      demand: seedGap.demand,
      supply: seedGap.supply,
      option_names: seedGap.names.map((n) => [n]),
      option_capacities: seedGap.capacities.map((c) => [c]),
    });
    if (!result.ok) throw new Error(result.error.message);
    const spilled = book.getValues("Report", "B2:F5");
    expect(spilled).toEqual(shown(result.cells));
    expect(spilled.map((r) => r.slice(0, 4))).toEqual(
      seedScenarios.map((s) => [s.name, s.addedCapacity, s.gapFilled, s.remainingGap])
    );
    expect(book.spillOf("Report", "F5")).toEqual({
      anchor: "B2",
      address: "B2:F5",
      rows: 4,
      columns: 5,
    });
  });

  test("with unit costs a cost column and the cheapest mix come last", () => {
    const book = seedBook();
    book.setValues("Plan", "C10:C13", [[120], [80], [60], [30]]);
    book.enterCell("Report", "A1", `${gapCall}, Plan!C10:C13)`);
    const result = gapFormula({
      demand: seedGap.demand,
      supply: seedGap.supply,
      option_names: seedGap.names.map((n) => [n]),
      option_capacities: seedGap.capacities.map((c) => [c]),
      option_unit_costs: [[120], [80], [60], [30]],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.cells).toHaveLength(5);
    expect(book.getValues("Report", "A1:F5")).toEqual(shown(result.cells));
    expect(String(book.getValues("Report", "A5")[0]?.[0])).toMatch(/^Cheapest mix: /);
  });

  test.each([
    ["a blank unit cost", "C10:C13", [[120], [""], [60], [30]], "#VALUE!"],
    ["a capacity in words", "B13", [["lots"]], "#VALUE!"],
    ["costs for three options of four", "C10:C12", [[120], [80], [60]], "#N/A"],
  ])("%s in %s shows gapFormula's error", (_what, address, cells, error) => {
    const book = seedBook();
    book.setValues("Plan", address, cells);
    const costs = address.startsWith("C") ? `, Plan!${address}` : "";
    book.enterCell("Report", "A1", `${gapCall}${costs})`);
    const shownError = book.errorOf("Report", "A1");
    expect(shownError?.error).toBe(error);
    const result = gapFormula({
      demand: seedGap.demand,
      supply: seedGap.supply,
      option_names: book.getValues("Plan", "A10:A13"),
      option_capacities: book
        .getValues("Plan", "B10:B13")
        .map((r) => r.map((v) => (v === "" ? null : v))),
      ...(costs
        ? { option_unit_costs: cells.map((r) => r.map((v) => (v === "" ? null : v))) }
        : {}),
    });
    expect(result.ok ? undefined : result.error).toEqual({
      errorClass: error,
      message: shownError?.message,
    });
  });

  test("enough supply: one line, in the formula's cell", () => {
    const book = seedBook();
    book.enterCell("Report", "A1", `=SOP.GAP(100, 200, Plan!A10:A13, Plan!B10:B13, , "zh")`);
    expect(book.getValues("Report", "A1:B2")).toEqual([
      [translate("zh", "gap.sufficient"), ""],
      ["", ""],
    ]);
  });
});

describe("spills", () => {
  test("a value in the way gives #SPILL!; taking it away spills again", () => {
    const book = seedBook();
    book.enterCell("Report", "A1", BALANCE_OVER_NAMES);
    book.enterCell("Report", "C3", "in the way");
    expect(book.getValues("Report", "A1:B1")).toEqual([["#SPILL!", ""]]);
    expect(book.errorOf("Report", "A1")?.error).toBe("#SPILL!");
    expect(book.getValues("Report", "C3")).toEqual([["in the way"]]);
    expect(book.spillOf("Report", "B2")).toBeUndefined();
    book.enterCell("Report", "C3", "");
    expect(book.getValues("Report", "A1:F6")).toEqual(
      shown(okCells(balanceFormula(seedArguments())))
    );
  });

  test("a formula entered where a value already is shows #SPILL!", () => {
    const book = seedBook();
    book.enterCell("Report", "F6", "x");
    book.enterCell("Report", "A1", BALANCE_OVER_NAMES);
    expect(book.getValues("Report", "A1")).toEqual([["#SPILL!"]]);
  });

  test.each([
    ["the anchor", "B2"],
    ["a cell inside", "D5"],
    ["the last cell", "G7"],
  ])("%s of a spill reports the anchor and the range", (_what, address) => {
    const book = seedBook();
    book.enterCell("Report", "B2", BALANCE_OVER_NAMES);
    expect(book.spillOf("Report", address)).toEqual({
      anchor: "B2",
      address: "B2:G7",
      rows: 6,
      columns: 6,
    });
    if (address !== "B2") expect(book.getCell("Report", address).formula).toBeUndefined();
  });

  test.each([["H2"], ["B8"], ["A1"]])("%s, next to the spill, is in none", (address) => {
    const book = seedBook();
    book.enterCell("Report", "B2", BALANCE_OVER_NAMES);
    expect(book.spillOf("Report", address)).toBeUndefined();
  });

  test("clearing the formula takes the spill away", () => {
    const book = seedBook();
    book.enterCell("Report", "B2", BALANCE_OVER_NAMES);
    book.enterCell("Report", "B2", "");
    expect(
      book
        .getValues("Report", "B2:G7")
        .flat()
        .every((v) => v === "")
    ).toBe(true);
    expect(book.spillOf("Report", "C3")).toBeUndefined();
  });
});
