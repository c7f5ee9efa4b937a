/**
 * Import ERP extract in a real browser, for `npm run bench`: a 100,000-row extract (UTF-8,
 * Chinese headers, 1,000 families × 25 months of sales history, open orders and stock) picked in
 * the built playground's Data step; the time from the file chosen to the preview (read, columns
 * found, rows aggregated) and from Import's confirmation to the pane's result (S&OP Data written,
 * the names pointed at it), in Debian's headless Chromium.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ARTIFACTS } from "../test/e2e/support/environment";
import { withChromium } from "./playground";

export const IMPORT_ROWS = 100_000;
const FAMILIES = 1_000;

/** The extract: history rows for every family × month, then orders and stock to 100,000 rows. */
export function extractCsv(): string {
  const lines = ["物料,月份,数量,类型"];
  const month = (i: number) =>
    `${String(2022 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}`;
  let row = 0;
  for (let m = 0; row < IMPORT_ROWS - 2 * FAMILIES && m < 98; m++) {
    for (let f = 0; f < FAMILIES && row < IMPORT_ROWS - 2 * FAMILIES; f++, row++) {
      lines.push(
        `F${String(f).padStart(4, "0")},${month(m)},"${(1000 + ((f * 7 + m * 13) % 900)).toLocaleString("en-US")}",销售`
      );
    }
  }
  for (let f = 0; f < FAMILIES; f++)
    lines.push(`F${String(f).padStart(4, "0")},${month(98)},${String(200 + f)},销售订单`);
  for (let f = 0; f < FAMILIES; f++)
    lines.push(`F${String(f).padStart(4, "0")},${month(97)},${String(500 + f)},期初库存`);
  return `${lines.join("\r\n")}\r\n`;
}

export interface ImportRun {
  readonly previewMs: number;
  readonly importMs: number;
}

export function measureImportChromium(): Promise<ImportRun | string> {
  const dir = path.join(ARTIFACTS, "..", "bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "erp-100k.csv");
  writeFileSync(file, extractCsv());
  return withChromium(async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(url);
    const pane = page.getByRole("main");
    await pane.getByRole("tab", { name: /^Data/ }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      pane.getByRole("button", { name: "Choose extract…" }).click(),
    ]);
    const picked = Date.now();
    await chooser.setFiles(file);
    await pane.getByText(/^Rows: 100,000; families: 1,000;/).waitFor({ timeout: 120_000 });
    const previewMs = Date.now() - picked;
    await pane.getByRole("button", { name: "Import…" }).click();
    const confirmed = Date.now();
    await page.getByRole("button", { name: "Import and point the names" }).click();
    await pane.getByText(/^Imported into S&OP Data/).waitFor({ timeout: 120_000 });
    const importMs = Date.now() - confirmed;
    await context.close();
    return { previewMs, importMs };
  });
}
