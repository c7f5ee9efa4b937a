import type { Locator, Page } from "playwright-core";
import { translate } from "../../../src/i18n";
import type { UiMessageKey } from "../../../src/i18n/ui.en-US";
import { blockAddresses } from "./addresses";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name the page gives in either language: it follows the pane's, which a test may switch. */
function named(key: UiMessageKey, values?: Record<string, string>): RegExp {
  const words = (["en", "zh"] as const).map((language) => escape(translate(language, key, values)));
  return new RegExp(`^(${words.join("|")})$`);
}

/**
 * The playground's workbook as a planner sees it: sheet tabs, the grid of the active sheet and the
 * formula bar. Cells are read as displayed (number formats applied), the way a planner checks them.
 */
export class WorkbookView {
  constructor(readonly page: Page) {}

  /** The sheet tabs under the grid (`Sheets`). */
  tabs(): Locator {
    return this.page.getByRole("tablist", { name: named("ui.playground.sheets") });
  }

  /** The tab of a sheet. */
  sheetTab(name: string): Locator {
    return this.tabs().getByRole("tab", { name, exact: true });
  }

  async sheetNames(): Promise<string[]> {
    return (await this.tabs().getByRole("tab").allInnerTexts()).map((text) => text.trim());
  }

  /** Shows a sheet as a planner does, by its tab, and waits until the grid shows it. */
  async showSheet(name: string): Promise<void> {
    const tab = this.sheetTab(name);
    if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
    await this.grid(name).waitFor();
  }

  /** The grid, labelled `Sheet <name>` by the sheet it shows; any sheet's when none is named. */
  grid(sheet?: string): Locator {
    return this.page.getByRole("grid", {
      name: sheet === undefined ? /^(Sheet|工作表) / : named("ui.playground.grid", { sheet }),
    });
  }

  /** A cell of the active sheet. */
  cell(address: string): Locator {
    return this.grid().locator(`[data-address="${address}"]`);
  }

  formulaBar(): Locator {
    return this.page.getByRole("textbox", { name: named("ui.playground.formulaBar") });
  }

  /**
   * The displayed text of every cell of a block of a sheet, row by row, read at one moment. The
   * grid draws only the rows in view (and the selected one): the block must be on screen.
   */
  async read(sheet: string, range: string): Promise<string[][]> {
    await this.showSheet(sheet);
    const addresses = blockAddresses(range);
    const shown = await this.grid(sheet).evaluate((grid, wanted) => {
      const texts: Record<string, string> = {};
      for (const address of wanted) {
        const cell = grid.querySelector<HTMLElement>(`[data-address="${address}"]`);
        if (cell) texts[address] = cell.innerText.trim();
      }
      return texts;
    }, addresses.flat());
    const missing = addresses.flat().filter((address) => !(address in shown));
    if (missing.length > 0) {
      throw new Error(`The grid of ${sheet} does not show ${missing.join(", ")}`);
    }
    return addresses.map((line) => line.map((address) => shown[address] ?? ""));
  }

  /** Selects a cell, types as a planner types and presses Enter. */
  async enter(sheet: string, address: string, text: string): Promise<void> {
    await this.showSheet(sheet);
    await this.cell(address).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }
}
