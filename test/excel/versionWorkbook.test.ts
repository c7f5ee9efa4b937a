import { balancePlan, type PlanInput } from "../../src/engine";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import type {
  PlanningWorkbook,
  RunOptions,
  VersionInfo,
  WhatIfAdjustment,
} from "../../src/workbook";
import { MAX_VERSIONS } from "../../src/excel/sheets/versionStore";
import type { StandInWorkbook } from "../../src/playground/excel";
import { seedGap, seedMonths, seedPlan, seedSeries } from "../support/seedDemo";
import { largeWorkbook, seedWorkbook } from "../support/seedWorkbook";

const NOW = new Date(2026, 10, 23, 9, 30);
const EN: RunOptions = { language: "en" };
const MB5 = 5 * 1024 * 1024;

/** A clock that moves a minute per call, so versions saved in a row have distinct times. */
function ticking(): () => Date {
  let minute = 0;
  return () => new Date(NOW.getTime() + 60_000 * minute++);
}

function open(book: StandInWorkbook): PlanningWorkbook {
  return createExcelPlanningWorkbook(book.host, ticking());
}

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome as Extract<T, { ok: true }>;
}

/** The seed demo as an engine plan, with optional changes. */
function seedInput(change: (input: PlanInput) => void = () => undefined): PlanInput {
  const input = seedPlan();
  change(input);
  return input;
}

/** Everything a planner could see of the workbook: every sheet's cells and every name. */
function snapshot(book: StandInWorkbook): string {
  return JSON.stringify({
    sheets: book.model.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      cells: [...sheet.cells.entries()],
    })),
    names: book.model.names.map((name) => [name.name, JSON.stringify(name.target)]),
  });
}

/** Points an existing workbook name elsewhere, as Name Manager does. */
async function redefine(book: StandInWorkbook, name: string, reference: string): Promise<void> {
  await book.host.run(async (context) => {
    context.workbook.names.getItem(name).delete();
    context.workbook.names.add(name, reference);
    await context.sync();
  });
}

const DEMAND_PLUS_10: WhatIfAdjustment = {
  target: "demand",
  mode: "percent",
  amount: 10,
  families: [],
  fromPeriod: "2024-04",
  toPeriod: "2024-09",
};

describe("save and list versions", () => {
  test("a saved version is listed with its size, periods and note, on a very hidden sheet", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    expect(ok(await workbook.listVersions())).toEqual({ ok: true, versions: [], limit: 48 });
    const saved = ok(
      await workbook.saveVersion({ name: " April consensus ", note: "=> after demand review" }, EN)
    );
    expect(saved.version).toMatchObject({
      name: "April consensus",
      note: "=> after demand review",
      families: 1,
      periods: 6,
      firstPeriod: "2024-04",
      lastPeriod: "2024-09",
      adjustments: [],
      savedAt: NOW.toISOString(),
    });
    const seedBalance = balancePlan(seedInput());
    if (!seedBalance.ok) throw new Error("engine refused the seed");
    const shortages = Array.from(seedBalance.value.status).filter((s) => s === 1).length;
    expect(saved.summary).toMatchObject({ families: 1, periods: 6, shortagePeriods: shortages });
    const store = book.sheet("SOP_Versions");
    expect(store.visibility).toBe("VeryHidden");
    expect(book.model.names.find((name) => name.name === "SOP_Output_Versions")).toBeDefined();
    const listed = ok(await workbook.listVersions());
    expect(listed.versions).toEqual([saved.version]);
  });

  test("saving costs three round trips, listing two", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    await workbook.saveVersion({ name: "v1", note: "" }, EN);
    book.resetLog();
    ok(await workbook.saveVersion({ name: "v2", note: "" }, EN));
    expect(book.syncLog.length).toBeLessThanOrEqual(3);
    book.resetLog();
    await workbook.listVersions();
    expect(book.syncLog.length).toBeLessThanOrEqual(2);
  });

  test.each([
    ["a blank name", "  ", "versionNameBlank"],
    ["a name taken (any case)", "V1", "versionNameTaken"],
  ])("refuses %s and writes nothing", async (_, name, kind) => {
    const book = seedWorkbook();
    const workbook = open(book);
    ok(await workbook.saveVersion({ name: "v1", note: "" }, EN));
    const before = snapshot(book);
    const outcome = await workbook.saveVersion({ name, note: "" }, EN);
    expect(outcome).toMatchObject({ ok: false, problems: [{ kind }] });
    expect(snapshot(book)).toBe(before);
  });

  test("refuses bad inputs with their cells, as a run does, and writes nothing", async () => {
    const book = seedWorkbook();
    book.setValues("Plan", "D2", [["n/a"]]);
    const before = snapshot(book);
    const outcome = await open(book).saveVersion({ name: "v1", note: "" }, EN);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ kind: "notANumber", range: "SOP_Forecast", cell: "Plan!D2" }],
    });
    expect(snapshot(book)).toBe(before);
  });

  test(`holds ${String(MAX_VERSIONS)} versions and refuses the next, writing nothing`, async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    for (let i = 1; i <= MAX_VERSIONS; i++) {
      ok(await workbook.saveVersion({ name: `v${String(i)}`, note: "" }, EN));
    }
    const before = snapshot(book);
    const outcome = await workbook.saveVersion({ name: "one more", note: "" }, EN);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ kind: "versionLimit", found: "48", expected: "48" }],
    });
    expect(snapshot(book)).toBe(before);
    // Deleting one frees its row for the next.
    const listed = ok(await workbook.listVersions());
    const third = listed.versions[2] as VersionInfo;
    ok(await workbook.deleteVersion(third.id));
    const again = ok(await workbook.saveVersion({ name: "one more", note: "" }, EN));
    expect(again.version.id.startsWith("r3-")).toBe(true);
    expect(ok(await workbook.listVersions()).versions.map((v) => v.name)).toContain("one more");
  }, 60_000);

  test("rename and delete", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    const first = ok(await workbook.saveVersion({ name: "v1", note: "" }, EN)).version;
    const second = ok(await workbook.saveVersion({ name: "v2", note: "" }, EN)).version;
    expect(await workbook.renameVersion(first.id, "v2")).toMatchObject({
      ok: false,
      problems: [{ kind: "versionNameTaken" }],
    });
    const renamed = ok(await workbook.renameVersion(first.id, "March consensus"));
    expect(renamed.versions.map((v) => v.name)).toEqual(["March consensus", "v2"]);
    expect(ok(await workbook.listVersions()).versions.map((v) => v.name)).toEqual([
      "March consensus",
      "v2",
    ]);
    const afterDelete = ok(await workbook.deleteVersion(second.id));
    expect(afterDelete.versions.map((v) => v.id)).toEqual([first.id]);
    expect(await workbook.deleteVersion(second.id)).toMatchObject({
      ok: false,
      problems: [{ kind: "versionNotFound" }],
    });
  });
});

describe("what-if", () => {
  test("stacked adjustments give the engine's numbers on the adjusted inputs", async () => {
    const book = seedWorkbook();
    const before = snapshot(book);
    const adjustments: WhatIfAdjustment[] = [
      DEMAND_PLUS_10,
      {
        target: "production",
        mode: "quantity",
        amount: 500,
        families: [],
        fromPeriod: "2024-05",
        toPeriod: "2024-06",
      },
    ];
    const outcome = ok(await open(book).runWhatIf(adjustments, EN));
    const expected = balancePlan(
      seedInput((input) => {
        for (let p = 0; p < 6; p++) {
          input.forecast[p] = (input.forecast[p] ?? 0) * 1.1;
          input.orders[p] = (input.orders[p] ?? 0) * 1.1;
        }
        input.production[1] = (input.production[1] ?? 0) + 500;
        input.production[2] = (input.production[2] ?? 0) + 500;
      })
    );
    if (!expected.ok) throw new Error("engine refused the seed");
    const shortage = Array.from(expected.value.status).filter((s) => s === 1).length;
    expect(outcome.summary.shortagePeriods).toBe(shortage);
    const lowest = Math.min(...expected.value.stockDays);
    expect(outcome.summary.lowestStockDays?.stockDays).toBeCloseTo(lowest, 9);
    // A what-if writes nothing.
    expect(snapshot(book)).toBe(before);
  });

  test("names the unknown family and period", async () => {
    const outcome = await open(seedWorkbook()).runWhatIf(
      [{ ...DEMAND_PLUS_10, families: ["Nope"], toPeriod: "2025-01" }],
      EN
    );
    expect(outcome).toMatchObject({
      ok: false,
      problems: [
        { kind: "unknownFamily", found: "Nope" },
        { kind: "unknownPeriod", found: "2025-01" },
      ],
    });
  });

  test("a what-if saved as a version keeps its adjustments", async () => {
    const workbook = open(seedWorkbook());
    const saved = ok(
      await workbook.saveVersion(
        { name: "Promotion", note: "+10 %", adjustments: [DEMAND_PLUS_10] },
        EN
      )
    );
    expect(ok(await workbook.listVersions()).versions[0]?.adjustments).toEqual([DEMAND_PLUS_10]);
    expect(saved.version.adjustments).toEqual([DEMAND_PLUS_10]);
  });
});

describe("compare versions", () => {
  test("the seed demo against its +10 % demand variant", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    const base = ok(await workbook.saveVersion({ name: "Base", note: "" }, EN)).version;
    const promo = ok(
      await workbook.saveVersion({ name: "Promo", note: "", adjustments: [DEMAND_PLUS_10] }, EN)
    ).version;
    book.resetLog();
    const outcome = ok(
      await workbook.compareVersions(
        { kind: "version", id: base.id },
        { kind: "version", id: promo.id },
        EN
      )
    );
    expect(book.syncLog.length).toBeLessThanOrEqual(4);
    expect(outcome.sheet).toBe("S&OP Compare");

    const plain = balancePlan(seedInput());
    const raised = balancePlan(
      seedInput((input) => {
        input.forecast.set(input.forecast.map((v) => v * 1.1));
        input.orders.set(input.orders.map((v) => v * 1.1));
      })
    );
    if (!plain.ok || !raised.ok) throw new Error("engine refused the seed");
    const a = plain.value;
    const b = raised.value;
    const sheet = "S&OP Compare";
    // Header row: title, note, 4 summary lines, a blank row, then the table.
    const header = book.getValues(sheet, "A8:Q8")[0] ?? [];
    expect(header.slice(0, 5)).toEqual([
      "Family",
      "Period",
      "Effective demand (1st)",
      "Effective demand (2nd)",
      "Effective demand change",
    ]);
    const rows = book.getValues(sheet, "A9:Q14");
    rows.forEach((row, p) => {
      const cell = (i: number) => row[i] as number;
      expect(row[1]).toBe(seedMonths[p]);
      expect(cell(2)).toBe(a.effectiveDemand[p]);
      expect(cell(3)).toBeCloseTo(b.effectiveDemand[p] ?? NaN, 9);
      expect(cell(4)).toBeCloseTo((b.effectiveDemand[p] ?? 0) - (a.effectiveDemand[p] ?? 0), 9);
      expect(cell(7)).toBe(0); // production unchanged
      expect(cell(10)).toBeCloseTo((b.closingStock[p] ?? 0) - (a.closingStock[p] ?? 0), 9);
    });
    // Every period where the status changed says so; the others are blank.
    const changes = rows.map((row) => row[16]);
    const changed = Array.from(a.status, (s, p) => s !== b.status[p]);
    expect(changes.map((text) => String(text).includes("→"))).toEqual(changed);
    expect(changes.filter((text) => text === "")).toHaveLength(changed.filter((c) => !c).length);
    const turned = Array.from(b.status).filter((s, p) => s === 1 && a.status[p] !== 1).length;
    expect(outcome.summary.turnedShortage).toBe(turned);
    expect(outcome.summary.productionChange).toBe(0);
    expect(book.getValues(sheet, "A3")[0]?.[0]).toBe(
      "1st: version «Base» (saved 2026-11-23 09:30). 2nd: version «Promo» (saved 2026-11-23 09:31)."
    );
  });

  test("a version against the current inputs, and a re-run replaces the sheet", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    const base = ok(await workbook.saveVersion({ name: "Base", note: "" }, EN)).version;
    book.setValues("Plan", "B4", [[(seedSeries.production[0] ?? 0) + 1000]]);
    const first = ok(
      await workbook.compareVersions({ kind: "version", id: base.id }, { kind: "current" }, EN)
    );
    expect(first.summary.productionChange).toBe(1000);
    expect(book.getValues("S&OP Compare", "F9:H9")).toEqual([
      [seedSeries.production[0], (seedSeries.production[0] ?? 0) + 1000, 1000],
    ]);
    const again = ok(await workbook.compareVersions({ kind: "current" }, { kind: "current" }, EN));
    expect(again.sheet).toBe("S&OP Compare");
    expect(again.summary).toEqual({ turnedShortage: 0, productionChange: 0 });
    expect(book.model.sheets.filter((s) => s.name.startsWith("S&OP Compare"))).toHaveLength(1);
  });

  test("a planner's own sheet named S&OP Compare is left alone", async () => {
    const book = seedWorkbook();
    book.addSheet("S&OP Compare");
    book.setValues("S&OP Compare", "A1", [["mine"]]);
    const outcome = ok(
      await open(book).compareVersions({ kind: "current" }, { kind: "current" }, EN)
    );
    expect(outcome).toMatchObject({ sheet: "S&OP Compare (2)", preferredSheet: "S&OP Compare" });
    expect(book.getValues("S&OP Compare", "A1")).toEqual([["mine"]]);
  });
});

describe("restore version", () => {
  test("shows what will change, then brings back the exact inputs", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    const saved = ok(await workbook.saveVersion({ name: "Base", note: "" }, EN)).version;
    const original = book.getValues("Plan", "A1:G13");
    book.setValues("Plan", "C2", [[9999]]);
    book.setValues("Plan", "B7", [[1]]);
    const preview = ok(await workbook.previewRestore(saved.id));
    expect(preview.changes).toEqual([
      {
        range: "SOP_Forecast",
        address: "Plan!B2:G2",
        cells: 1,
        examples: [{ cell: "Plan!C2", from: 9999, to: seedSeries.forecast[1] }],
      },
      {
        range: "SOP_OpeningStock",
        address: "Plan!B7",
        cells: 1,
        examples: [{ cell: "Plan!B7", from: 1, to: seedSeries.openingStock }],
      },
    ]);
    book.resetLog();
    const restored = ok(await workbook.restoreVersion(saved.id, EN));
    expect(restored.changedCells).toBe(2);
    expect(book.syncLog.length).toBeLessThanOrEqual(3);
    expect(book.getValues("Plan", "A1:G13")).toEqual(original);
  });

  test("a what-if version restores its adjusted inputs", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    const saved = ok(
      await workbook.saveVersion({ name: "Promo", note: "", adjustments: [DEMAND_PLUS_10] }, EN)
    ).version;
    ok(await workbook.restoreVersion(saved.id, EN));
    const forecast = book.getValues("Plan", "B2:G2")[0] ?? [];
    forecast.forEach((value, p) => {
      expect(value).toBeCloseTo((seedSeries.forecast[p] ?? 0) * 1.1, 9);
    });
  });

  test("refuses when a range changed shape, writing nothing", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    const saved = ok(await workbook.saveVersion({ name: "Base", note: "" }, EN)).version;
    book.setValues("Plan", "C2", [[9999]]);
    await redefine(book, "SOP_Options", "=Plan!$A$10:$B$12");
    const before = snapshot(book);
    expect(await workbook.restoreVersion(saved.id, EN)).toMatchObject({
      ok: false,
      problems: [
        { kind: "versionShapeChanged", range: "SOP_Options", found: "3 × 2", expected: "4 × 2" },
      ],
    });
    expect(snapshot(book)).toBe(before);
  });
});

describe("roll forward", () => {
  test("the seed demo rolls to 2024-05 … 2024-10 with opening stock 2000, saving 2024-04 first", async () => {
    const book = seedWorkbook();
    const workbook = open(book);
    const preview = ok(await workbook.previewRollForward(EN));
    expect(preview.plan).toEqual({
      versionName: "2024-04",
      from: { first: "2024-04", last: "2024-09" },
      to: { first: "2024-05", last: "2024-10" },
      openingStock: [{ family: "All products", from: seedSeries.openingStock, to: 2000 }],
      openingSource: "projected",
    });
    book.resetLog();
    const rolled = ok(await workbook.rollForward(EN));
    expect(book.syncLog.length).toBeLessThanOrEqual(4);
    expect(rolled.version.name).toBe("2024-04");
    expect(book.getValues("Plan", "B1:G1")).toEqual([
      ["2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10"],
    ]);
    const shifted = (series: readonly number[]) => [...series.slice(1), series.at(-1)];
    expect(book.getValues("Plan", "B2:G2")).toEqual([shifted(seedSeries.forecast)]);
    expect(book.getValues("Plan", "B4:G4")).toEqual([shifted(seedSeries.production)]);
    expect(book.getValues("Plan", "B7")).toEqual([[2000]]);
    // The options are not periods: untouched.
    expect(book.getValues("Plan", "A10:B10")[0]?.[0]).toBe(seedGap.names[0]);
    // The saved version is the plan before the step, and can bring it back.
    ok(await workbook.restoreVersion(rolled.version.id, EN));
    expect(book.getValues("Plan", "B1:G1")).toEqual([seedMonths]);
    expect(book.getValues("Plan", "B7")).toEqual([[seedSeries.openingStock]]);
  });

  test("takes the actual closing stock when SOP_ActualClosing is given", async () => {
    const book = seedWorkbook();
    book.setValues("Plan", "B8", [[1750]]);
    book.defineName("SOP_ActualClosing", "Plan!$B$8");
    const workbook = open(book);
    const preview = ok(await workbook.previewRollForward(EN));
    expect(preview.plan.openingSource).toBe("actual");
    ok(await workbook.rollForward(EN));
    expect(book.getValues("Plan", "B7")).toEqual([[1750]]);
  });

  test("real dates stay dates, a month on", async () => {
    const book = seedWorkbook();
    // 2024-04-01 … 2024-09-01 as Excel serials, shown as yyyy-mm.
    book.setValues("Plan", "B1:G1", [[45383, 45413, 45444, 45474, 45505, 45536]]);
    await book.host.run(async (context) => {
      const labels = context.workbook.worksheets.getItem("Plan").getRange("B1:G1");
      labels.numberFormat = [new Array<string>(6).fill("yyyy-mm")];
      await context.sync();
    });
    const workbook = open(book);
    expect(ok(await workbook.previewRollForward(EN)).plan.to).toEqual({
      first: "2024-05",
      last: "2024-10",
    });
    ok(await workbook.rollForward(EN));
    expect(book.getValues("Plan", "B1:G1")).toEqual([[45413, 45444, 45474, 45505, 45536, 45566]]);
    expect(book.getCell("Plan", "G1").numberFormat).toBe("yyyy-mm");
  });

  test("refuses labels it cannot continue, writing nothing", async () => {
    const book = seedWorkbook();
    book.setValues("Plan", "G1", [["late autumn"]]);
    const before = snapshot(book);
    expect(await open(book).rollForward(EN)).toMatchObject({
      ok: false,
      problems: [{ kind: "nextPeriodUnknown", cell: "Plan!G1", found: "late autumn" }],
    });
    expect(snapshot(book)).toBe(before);
  });
});

describe("1,000 families × 36 periods", () => {
  test("save, compare, restore and roll forward: at most 4 requests each, each under 5 MB", async () => {
    const book = largeWorkbook(1000, 36);
    const workbook = open(book);
    const budget = () => {
      expect(book.syncLog.length).toBeLessThanOrEqual(4);
      expect(book.syncLog.every((s) => s.bytes < MB5 && s.error === undefined)).toBe(true);
      book.resetLog();
    };
    const first = ok(await workbook.saveVersion({ name: "v1", note: "" }, EN)).version;
    budget();
    const second = ok(
      await workbook.saveVersion(
        {
          name: "v2",
          note: "",
          adjustments: [{ ...DEMAND_PLUS_10, fromPeriod: "P1", toPeriod: "P36" }],
        },
        EN
      )
    ).version;
    budget();
    ok(
      await workbook.compareVersions(
        { kind: "version", id: first.id },
        { kind: "version", id: second.id },
        EN
      )
    );
    budget();
    ok(await workbook.compareVersions({ kind: "version", id: first.id }, { kind: "current" }, EN));
    budget();
    ok(await workbook.rollForward(EN));
    budget();
    ok(await workbook.restoreVersion(first.id, EN));
    budget();
    expect(book.getValues("Big", "B1:C1")).toEqual([["P1", "P2"]]);
  }, 120_000);
});
