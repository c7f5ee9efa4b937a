import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeWorkbook } from "./fakeWorkbook";
import { button, renderApp } from "./renderApp";

/** Import ERP extract in the Data step over a fake workbook: pick, read, correct, confirm. */

function pick(name: string, text: string, label = "Choose extract…"): void {
  const input = screen.getByLabelText<HTMLInputElement>(label, { selector: "input" });
  fireEvent.change(input, { target: { files: [new File([text], name, { type: "text/csv" })] } });
}

describe("Import ERP extract", () => {
  test("reads the file, shows the columns, totals and bad rows, and imports on confirmation", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Data");
    pick("erp-2024-03.csv", "物料,月份,数量,类型\n泵,2024-03,1,销售\n");
    await screen.findByText("erp-2024-03.csv: CSV, GBK/GB18030, comma-separated, decimal point.");
    // The bytes of the file picked, as they are (UTF-8 here: 物 is three bytes).
    const [request] = fake.callsOf("previewImport")[0] ?? [];
    const bytes = (request as { file: { bytes: Uint8Array } }).file.bytes;
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xe7, 0x89, 0xa9]);
    expect(bytes.length).toBe(Buffer.byteLength("物料,月份,数量,类型\n泵,2024-03,1,销售\n"));
    expect(
      screen.getByText(
        "Rows: 75; families: 2; the plan's periods 2024-04 to 2024-09, with 3 months of history before them."
      )
    ).toBeTruthy();
    const totals = screen.getByRole("table", { name: "Totals by type" });
    expect(within(totals).getByText("Sales history")).toBeTruthy();
    expect(within(totals).getByText("36,000")).toBeTruthy();
    const bad = screen.getByRole("list", { name: "Rows left out" });
    expect(within(bad).getByText("Line 17: “n/a” is not a quantity")).toBeTruthy();
    expect(screen.getByRole<HTMLSelectElement>("combobox", { name: "Quantity column" }).value).toBe(
      "2"
    );

    fireEvent.click(button("Import…"));
    const dialog = await screen.findByRole("dialog", {
      name: "Import erp-2024-03.csv into S&OP Data?",
    });
    expect(
      within(dialog).getByText(
        "SOP_OpeningStock: 'S&OP Data'!B11:B12, no longer your cells Plan!B7"
      )
    ).toBeTruthy();
    expect(within(dialog).getByText("Bad rows left out: 1.")).toBeTruthy();
    expect(fake.callsOf("importExtract")).toHaveLength(0);
    fireEvent.click(button("Import and point the names"));
    await screen.findByText("Imported into S&OP Data: 2 names point at it.");
    expect(fake.callsOf("importExtract")).toHaveLength(1);
  });

  test("a column corrected by hand is read again with the planner's mapping", async () => {
    const fake = new FakeWorkbook();
    renderApp(fake, "en", "Data");
    pick("erp.csv", "a,b,c,d\n");
    const quantity = await screen.findByRole<HTMLSelectElement>("combobox", {
      name: "Quantity column",
    });
    fireEvent.change(quantity, { target: { value: "1" } });
    await waitFor(() => {
      expect(fake.callsOf("previewImport")).toHaveLength(2);
    });
    const [second] = fake.callsOf("previewImport")[1] ?? [];
    expect((second as { mapping: unknown }).mapping).toEqual({
      family: 0,
      period: 1,
      quantity: 1,
      type: 3,
    });
  });

  test("a refused file says why: nothing written", async () => {
    const fake = new FakeWorkbook();
    fake.importPreviewOutcome = {
      ok: false,
      problems: [
        { kind: "importMissingColumn", range: "workbook", found: "x.csv", rule: "quantityColumn" },
      ],
    };
    renderApp(fake, "zh", "数据刷新");
    pick("x.csv", "a,b\n", "选择数据文件…");
    await screen.findByText("未导入:没有写入任何内容");
    expect(screen.getByText(/x\.csv 中没有数量.*列/)).toBeTruthy();
  });
});
