import { accuracyFormula, forecastFormula, type ResultCell } from "../../../src/functions/formulas";
import { createStandInWorkbook } from "../../../src/playground/excel";

/** SOP.FORECAST and SOP.ACCURACY typed into the playground's cells spill what Excel's would. */

const HISTORY = [120, 135, 128, 150, 160, 155, 170, 180, 175, 190, 200, 195, 210, 220];

function book() {
  const workbook = createStandInWorkbook({ formulas: "hyperformula", sheets: ["Demand"] });
  workbook.setValues("Demand", "A1:N1", [HISTORY]);
  workbook.setValues("Demand", "A10", [[3]]);
  return workbook;
}

function expected(result: ReturnType<typeof forecastFormula>): ResultCell[][] {
  if (!result.ok) throw new Error(result.error.message);
  return result.cells;
}

describe("typed into cells", () => {
  test("=SOP.FORECAST over a row, horizon typed: 1 × horizon", () => {
    const workbook = book();
    workbook.enterCell("Demand", "A3", "=SOP.FORECAST(A1:N1, 4)");
    expect(workbook.getValues("Demand", "A3:D3")).toEqual(
      expected(forecastFormula({ history: [HISTORY], horizon: 4 }))
    );
  });
  test("the horizon in a cell, with an interval: 3 × horizon", () => {
    const workbook = book();
    workbook.enterCell("Demand", "A3", '=SOP.FORECAST(A1:N1, A10, 12, "auto", 0.8)');
    expect(workbook.getValues("Demand", "A3:C5")).toEqual(
      expected(forecastFormula({ history: [HISTORY], horizon: 3, interval: 0.8 }))
    );
  });
  test("=SOP.ACCURACY spills metric and value", () => {
    const workbook = book();
    workbook.setValues("Demand", "A20:D21", [
      [100, 120, 80, 110],
      [90, 130, 100, 110],
    ]);
    workbook.enterCell("Demand", "F20", "=SOP.ACCURACY(A20:D20, A21:D21)");
    const result = accuracyFormula({
      actual: [[100, 120, 80, 110]],
      forecast: [[90, 130, 100, 110]],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(workbook.getValues("Demand", "F20:G26")).toEqual(result.cells);
  });
});
