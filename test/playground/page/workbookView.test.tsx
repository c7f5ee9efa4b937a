import type { Language } from "../../../src/i18n";
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  type PartialTheme,
} from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createStandInWorkbook } from "../../../src/playground/excel";
import {
  createPlaygroundBook,
  type PlaygroundBook,
} from "../../../src/playground/page/playgroundBook";
import { WorkbookView } from "../../../src/playground/page/WorkbookView";

/**
 * The workbook's window as a planner uses it, with HyperFormula computing: selecting, typing into
 * cells (Enter writes, Escape cancels), the formula bar, arrow keys, sheet tabs, refusals.
 */

const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
const NO_THEME_VARIABLES: PartialTheme = {};

function setup(language: Language = "en"): PlaygroundBook {
  const book = createPlaygroundBook(
    createStandInWorkbook({ formulas: "hyperformula", sheets: ["Plan", "Notes"] })
  );
  book.standIn.setValues("Plan", "A1:B2", [
    ["Forecast", 12000],
    ["Orders", 10500],
  ]);
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={NO_THEME_VARIABLES}>
        <WorkbookView book={book} language={language} />
      </FluentProvider>
    </RendererProvider>
  );
  return book;
}

const grid = () => screen.getByRole("grid");
const cell = (address: string): HTMLElement => {
  const found = grid().querySelector<HTMLElement>(`[data-address="${address}"]`);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
};
const formulaBar = () => screen.getByRole<HTMLInputElement>("textbox", { name: "Formula bar" });
const nameBox = () => screen.getByRole<HTMLInputElement>("textbox", { name: "Name box" });
const editor = () => screen.getByRole<HTMLInputElement>("textbox", { name: /^(Edit|编辑) / });

/** Types as Playwright's keyboard.type does: the first key starts the edit, the rest change it. */
function typeInto(address: string, text: string): void {
  fireEvent.mouseDown(cell(address));
  fireEvent.keyDown(grid(), { key: text[0] });
  fireEvent.change(editor(), { target: { value: text } });
}

describe("the workbook view", () => {
  it("shows the active sheet's cells and the selected cell's content", () => {
    setup();
    expect(cell("A1").textContent).toBe("Forecast");
    expect(cell("B1").textContent).toBe("12000");
    fireEvent.mouseDown(cell("B2"));
    expect(nameBox().value).toBe("B2");
    expect(formulaBar().value).toBe("10500");
    expect(cell("B2").getAttribute("aria-selected")).toBe("true");
    expect(grid().getAttribute("aria-activedescendant")).toBe(cell("B2").id);
  });

  it("writes a formula typed into a cell on Enter and moves down", () => {
    const book = setup();
    typeInto("C1", "=B1+B2");
    expect(formulaBar().value).toBe("=B1+B2");
    fireEvent.keyDown(editor(), { key: "Enter" });
    expect(screen.queryByRole("textbox", { name: /^Edit / })).toBeNull();
    expect(cell("C1").textContent).toBe("22500");
    expect(nameBox().value).toBe("C2");
    expect(book.standIn.getCell("Plan", "C1")).toEqual({ value: 22500, formula: "=B1+B2" });
    fireEvent.mouseDown(cell("C1"));
    expect(formulaBar().value).toBe("=B1+B2");
  });

  it("follows changes: a new input recomputes the formula shown", () => {
    const book = setup();
    typeInto("C1", "=SUM(B1:B2)");
    fireEvent.keyDown(editor(), { key: "Enter" });
    act(() => {
      book.enterCell("Plan", "B2", "500");
    });
    expect(cell("C1").textContent).toBe("12500");
  });

  it("cancels an edit on Escape", () => {
    const book = setup();
    typeInto("B1", "99");
    fireEvent.keyDown(editor(), { key: "Escape" });
    expect(cell("B1").textContent).toBe("12000");
    expect(book.standIn.getCell("Plan", "B1").value).toBe(12000);
    expect(nameBox().value).toBe("B1");
  });

  it("moves with the arrow keys, edits with F2, clears with Delete", () => {
    const book = setup();
    fireEvent.mouseDown(cell("A1"));
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    expect(nameBox().value).toBe("B2");
    fireEvent.keyDown(grid(), { key: "F2" });
    expect(editor().value).toBe("10500");
    fireEvent.change(editor(), { target: { value: "10600" } });
    fireEvent.keyDown(editor(), { key: "Tab" });
    expect(nameBox().value).toBe("C2");
    expect(book.standIn.getCell("Plan", "B2").value).toBe(10600);
    fireEvent.keyDown(grid(), { key: "ArrowLeft" });
    fireEvent.keyDown(grid(), { key: "Delete" });
    expect(cell("B2").textContent).toBe("");
  });

  it("edits in the formula bar", () => {
    const book = setup();
    fireEvent.mouseDown(cell("A2"));
    fireEvent.focus(formulaBar());
    fireEvent.change(formulaBar(), { target: { value: "Confirmed orders" } });
    fireEvent.keyDown(formulaBar(), { key: "Enter" });
    expect(book.standIn.getCell("Plan", "A2").value).toBe("Confirmed orders");
    expect(nameBox().value).toBe("A3");
  });

  it("refuses a formula Excel cannot read, and keeps the edit", () => {
    const book = setup();
    typeInto("C3", "=SUM(B1:");
    fireEvent.keyDown(editor(), { key: "Enter" });
    expect(screen.getByText(/Excel would not enter this in C3/)).toBeTruthy();
    expect(editor().value).toBe("=SUM(B1:");
    expect(book.standIn.getCell("Plan", "C3").value).toBe("");
    fireEvent.keyDown(editor(), { key: "Escape" });
    expect(screen.queryByText(/Excel would not enter this/)).toBeNull();
  });

  it("in Chinese: the boxes' names and the refusal in Chinese, the formula as typed", () => {
    setup("zh");
    expect(screen.getByRole("textbox", { name: "编辑栏" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "名称框" })).toBeTruthy();
    expect(screen.getByRole("tablist", { name: "工作表" })).toBeTruthy();
    typeInto("C3", "=SUM(B1:");
    fireEvent.keyDown(editor(), { key: "Enter" });
    expect(screen.getByText("Excel 不会在 C3 中输入此内容")).toBeTruthy();
    expect(screen.getByText("此公式有问题:=SUM(B1:")).toBeTruthy();
  });

  it("shows another sheet from its tab", () => {
    const book = setup();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual(["Plan", "Notes"]);
    expect(tabs[0]?.getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByRole("tab", { name: "Notes" }));
    expect(book.model.active.name).toBe("Notes");
    expect(screen.getByRole("tab", { name: "Notes" }).getAttribute("aria-selected")).toBe("true");
    expect(cell("A1").textContent).toBe("");
    fireEvent.keyDown(screen.getByRole("tab", { name: "Notes" }), { key: "ArrowLeft" });
    expect(book.model.active.name).toBe("Plan");
  });

  it("draws a spill and says which cells it fills", () => {
    const book = setup();
    typeInto("D1", "=SEQUENCE(3)");
    fireEvent.keyDown(editor(), { key: "Enter" });
    expect(["D1", "D2", "D3"].map((a) => cell(a).textContent)).toEqual(["1", "2", "3"]);
    expect(book.spillOf("Plan", "D2")?.address).toBe("D1:D3");
    fireEvent.mouseDown(cell("D2"));
    expect(cell("D1").style.boxShadow).toContain("inset");
    expect(cell("D3").style.boxShadow).toContain("inset");
  });
});
