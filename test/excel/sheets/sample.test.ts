import type { RangeReads } from "../../../src/excel/sheets/inputs";
import { interpretInputs } from "../../../src/excel/sheets/inputs";
import { sampleLayout } from "../../../src/excel/sheets/sample";
import { seedGap, seedMonths, seedPlan } from "../../support/seedDemo";

/** Reads the sample's named blocks out of its own cell values, as Excel would. */
function readsOf(language: "en" | "zh"): RangeReads {
  const layout = sampleLayout(language);
  const reads: RangeReads = {};
  for (const { name, row, column, rows, columns } of layout.names) {
    const values = layout.values
      .slice(row, row + rows)
      .map((line) => line.slice(column, column + columns));
    reads[name] = { sheet: "S&OP Input", row, column, values };
  }
  return reads;
}

describe("sample data", () => {
  test.each(["en", "zh"] as const)("(%s) holds exactly the seed demo's inputs", (language) => {
    const result = interpretInputs(readsOf(language), { withOptions: true });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.input).toEqual(seedPlan());
    expect(result.plan.periods).toEqual(seedMonths);
    expect(result.plan.options?.map((o) => o.capacity)).toEqual(seedGap.capacities);
  });

  test("the Chinese sample keeps the seed's own option names", () => {
    const result = interpretInputs(readsOf("zh"), { withOptions: true });
    expect(result.ok && result.plan.options?.map((o) => o.name)).toEqual(seedGap.names);
  });

  test("defines every contract name over rectangular rows", () => {
    const layout = sampleLayout("en");
    expect(layout.names.map((n) => n.name).sort()).toEqual([
      "SOP_Budget",
      "SOP_Capacity",
      "SOP_Families",
      "SOP_Forecast",
      "SOP_FrozenPeriods",
      "SOP_History",
      "SOP_HistoryPeriods",
      "SOP_OpeningStock",
      "SOP_Options",
      "SOP_Orders",
      "SOP_Periods",
      "SOP_PlanParameters",
      "SOP_Price",
      "SOP_Production",
      "SOP_SafetyStock",
      "SOP_UnitCost",
    ]);
    const width = layout.values[0]?.length;
    expect(layout.values.every((line) => line.length === width)).toBe(true);
  });
});
