import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { FakeWorkbook } from "./fakeWorkbook";
import { button, isDisabled, renderApp } from "./renderApp";

/** The demand review step over a fake workbook: what the planner clicks and what the pane says. */

describe("Forecast demand", () => {
  test("shows the families done, then the summary and a button to S&OP Forecast", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Demand review");
    const held = fake.hold("forecastDemand");
    fireEvent.click(button("Forecast demand"));
    await held.started;
    const [request, options] = fake.callsOf("forecastDemand")[0] as [
      { method: string; coverage: number; seasonLength: number },
      { onFamilies?: (done: number, total: number) => void },
    ];
    expect(request).toEqual({ method: "auto", coverage: 0.8, seasonLength: 12 });
    act(() => {
      options.onFamilies?.(250, 1000);
    });
    expect(screen.getByText("250 of 1,000 families forecast")).toBeTruthy();
    expect(isDisabled(button("Run rolling plan"))).toBe(true);
    held.release();
    await screen.findByText("Forecast 1 family over 6 periods from 36 periods of history");
    expect(
      screen.getByText(
        "2 periods of your forecast are outside the interval, first All products in 2024-06."
      )
    ).toBeTruthy();
    expect(
      screen.getByText("Backtest over the last 12 periods: WMAPE 8.0%, seasonal naive 11.0%.")
    ).toBeTruthy();
    fireEvent.click(button("Open S&OP Forecast"));
    await waitFor(() => {
      expect(fake.callsOf("showSheet")).toEqual([["S&OP Forecast"]]);
    });
  });

  test("Cancel aborts the run: the pane says nothing was written", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Demand review");
    const held = fake.hold("forecastDemand");
    fireEvent.click(button("Forecast demand"));
    await held.started;
    fireEvent.click(button("Cancel"));
    const [, options] = fake.callsOf("forecastDemand")[0] as [unknown, { signal?: AbortSignal }];
    expect(options.signal?.aborted).toBe(true);
    held.release();
    await screen.findByText("Forecast demand did not run: nothing was written");
    expect(screen.getByText(/cancelled: nothing was written/)).toBeTruthy();
  });

  test("the method and the interval are the planner's choice", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Demand review");
    fireEvent.click(screen.getByRole("combobox", { name: "Method" }));
    fireEvent.click(await screen.findByRole("option", { name: "Theta" }));
    fireEvent.click(screen.getByRole("combobox", { name: "Interval" }));
    fireEvent.click(await screen.findByRole("option", { name: "95%" }));
    fireEvent.click(button("Forecast demand"));
    await waitFor(() => {
      expect(fake.callsOf("forecastDemand")[0]?.[0]).toEqual({
        method: "theta",
        coverage: 0.95,
        seasonLength: 12,
      });
    });
  });
});

describe("Use statistical forecast", () => {
  test("previews the cells it changes, and writes only after the confirmation", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Demand review");
    fireEvent.click(button("Forecast demand"));
    await screen.findByText("Use the statistical forecast");
    fireEvent.click(button("Use statistical forecast"));
    await screen.findByText("Write the statistical forecast into SOP_Forecast?");
    expect(
      screen.getByText("6 cells of SOP_Forecast (Plan!B2:G2) change, for All products:")
    ).toBeTruthy();
    expect(screen.getByText("Plan!B2: 12,000 → 12,410")).toBeTruthy();
    expect(fake.callsOf("useStatisticalForecast")).toEqual([]);
    fireEvent.click(button("Write the forecast"));
    await screen.findByText(
      "6 cells of SOP_Forecast now hold the statistical forecast (All products)."
    );
    expect(fake.callsOf("useStatisticalForecast")[0]?.[0]).toEqual(["All products"]);
  });

  test("Keep my forecast closes the preview and writes nothing", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Demand review");
    fireEvent.click(button("Forecast demand"));
    await screen.findByText("Use the statistical forecast");
    fireEvent.click(button("Use statistical forecast"));
    await screen.findByText("Write the statistical forecast into SOP_Forecast?");
    fireEvent.click(button("Keep my forecast"));
    await waitFor(() => {
      expect(screen.queryByText("Write the statistical forecast into SOP_Forecast?")).toBeNull();
    });
    expect(fake.callsOf("useStatisticalForecast")).toEqual([]);
  });
});

describe("Forecast accuracy", () => {
  test("a table per lag: WMAPE, bias, tracking signal and both values added", async () => {
    const fake = new FakeWorkbook();
    const line = {
      wmape: 0.12,
      bias: -0.03,
      trackingSignal: -1.5,
      fvaNaive: 0.04,
      fvaStatistical: -0.01,
    };
    fake.accuracyOutcome = {
      ok: true,
      lags: [
        { lag: 1, cycles: 3, total: line, families: [] },
        { lag: 3, cycles: 1, total: { ...line, fvaStatistical: NaN }, families: [] },
      ],
    };
    renderApp(fake, "en", "Demand review");
    fireEvent.click(button("Check forecast accuracy"));
    const table = await screen.findByRole("table", { name: "Forecast accuracy" });
    const rows = Array.from(table.querySelectorAll("tr")).map((row) =>
      Array.from(row.querySelectorAll("th, td")).map((cell) => cell.textContent)
    );
    expect(rows).toEqual([
      ["Ahead", "WMAPE", "Bias", "Tracking signal", "FVA vs seasonal naive", "FVA vs statistical"],
      ["Lag 1 (3 cycles)", "12.0%", "-3.0%", "-1.50", "4.0%", "-1.0%"],
      ["Lag 3 (1 cycle)", "12.0%", "-3.0%", "-1.50", "4.0%", "–"],
    ]);
  });

  test("per family: the total first, one family's lines when it is chosen", async () => {
    const fake = new FakeWorkbook();
    const total = { wmape: 0.1, bias: 0, trackingSignal: 0, fvaNaive: 0, fvaStatistical: 0 };
    const south = { ...total, wmape: 0.25, bias: 0.05 };
    fake.accuracyOutcome = {
      ok: true,
      lags: [
        {
          lag: 1,
          cycles: 2,
          total,
          families: [
            { family: "North", ...total, wmape: 0.05 },
            { family: "South", ...south },
          ],
        },
      ],
    };
    renderApp(fake, "en", "Demand review");
    fireEvent.click(button("Check forecast accuracy"));
    const table = await screen.findByRole("table", { name: "Forecast accuracy" });
    const lagRow = () =>
      Array.from(table.querySelectorAll("tbody tr td")).map((cell) => cell.textContent);
    expect(lagRow().slice(0, 3)).toEqual(["Lag 1 (2 cycles)", "10.0%", "0.0%"]);
    fireEvent.click(screen.getByRole("combobox", { name: "Families" }));
    fireEvent.click(await screen.findByRole("option", { name: "South" }));
    await waitFor(() => {
      expect(lagRow().slice(0, 3)).toEqual(["Lag 1 (2 cycles)", "25.0%", "5.0%"]);
    });
  });

  test("no cycle with actuals yet says what to do", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Demand review");
    fireEvent.click(button("Check forecast accuracy"));
    await screen.findByText(/No saved cycle has its actuals in yet/);
  });
});
