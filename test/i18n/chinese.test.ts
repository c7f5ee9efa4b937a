/**
 * Chinese without English: every problem kind with every rule, and the refusals the Excel layer
 * really gives on bad workbooks, worded in zh-CN, hold no English word. Names stay as they are
 * (SOP_Forecast, argument names such as forecast, sheet names, cell addresses, Excel error values,
 * requirement sets, numbers and the period label forms planners type).
 */
import {
  ADJUSTMENT_MODES,
  ADJUSTMENT_TARGETS,
  type ExpectedRule,
  type Problem,
  type ProblemKind,
} from "../../src/engine";
import { createExcelPlanningWorkbook } from "../../src/excel/excelWorkbook";
import {
  ARGUMENT_NAMES_ZH,
  describeProblem,
  describeProblems,
  describeWorkbookProblem,
} from "../../src/i18n";
import {
  FEATURES,
  type WorkbookProblem,
  type WorkbookProblemKind,
  type WorkbookRule,
} from "../../src/workbook";
import { describeXlsxNote, describeXlsxRefusal } from "../../src/playground/page/xlsxWords";
import type { XlsxNote, XlsxRefusal } from "../../src/playground/xlsx";
import { englishIn } from "../support/english";
import { seedWorkbook } from "../support/seedWorkbook";

/** Every kind and every rule, so that a new one cannot be missed (the types check the lists). */
const ENGINE_KINDS = {
  notANumber: true,
  errorValue: true,
  negative: true,
  zeroCapacity: true,
  lengthMismatch: true,
  notOneDimensional: true,
  notSingleValue: true,
  empty: true,
  invalidOption: true,
  tooLarge: true,
  tooShort: true,
  lengthNotActual: true,
  unknownParameter: true,
  duplicateParameter: true,
  missingParameter: true,
  infeasible: true,
  resourceConflict: true,
  overCapacity: true,
  solverFailed: true,
  solverUnavailable: true,
} satisfies Record<ProblemKind, true>;

const WORKBOOK_KINDS = {
  ...ENGINE_KINDS,
  missingName: true,
  refError: true,
  notARange: true,
  ambiguousName: true,
  shapeMismatch: true,
  familyCountMismatch: true,
  duplicateFamily: true,
  blankFamily: true,
  blankPeriod: true,
  duplicatePeriod: true,
  nameTaken: true,
  versionLimit: true,
  versionTooLarge: true,
  versionNotFound: true,
  versionNameBlank: true,
  versionNameTaken: true,
  versionDamaged: true,
  versionShapeChanged: true,
  unknownFamily: true,
  unknownPeriod: true,
  invalidAdjustment: true,
  adjustmentNotRestorable: true,
  nextPeriodUnknown: true,
  invalidDecision: true,
  freezeUnreadable: true,
  needsNewerExcel: true,
  historyMissingPeriods: true,
  historyNotBeforePlan: true,
  forecastNotRun: true,
  forecastStale: true,
  cancelled: true,
  supplyNotRun: true,
  supplyStale: true,
  approverBlank: true,
  importEmpty: true,
  importUnreadable: true,
  importMissingColumn: true,
  importNoRows: true,
} satisfies Record<WorkbookProblemKind, true>;

const ENGINE_RULES = {
  atLeastOneCell: true,
  periodForms: true,
  dates: true,
  languageCode: true,
  oneOf: true,
  number: true,
  percentFloor: true,
  indexRange: true,
  eachFamilyOnce: true,
  periodFrom: true,
  decisionText: true,
  owner: true,
  isoDate: true,
  cycle: true,
  loggedDecision: true,
  openDecision: true,
} satisfies Record<ExpectedRule, true>;

const WORKBOOK_RULES = {
  ...ENGINE_RULES,
  oneDimensional: true,
  singleCell: true,
  singleOrPerFamily: true,
  shapeOrPerFamily: true,
  cellsInLine: true,
  budgetShape: true,
  frozenPeriods: true,
  familyColumn: true,
  periodColumn: true,
  quantityColumn: true,
  optionRows: true,
  closingPerFamily: true,
  parameterColumns: true,
  uniqueNumber: true,
  decisionStatus: true,
} satisfies Record<ExpectedRule | WorkbookRule, true>;

const keys = <T extends object>(o: T): (keyof T)[] => Object.keys(o) as (keyof T)[];

function expectChinese(text: string): void {
  expect({ text, english: englishIn(text) }).toEqual({ text, english: [] });
}

describe("the English detector", () => {
  test.each([
    ["SOP_OpeningStock: 是 2 × 1;应为 1 cell or 3 cells", ["cell", "or", "cells"]],
    ["SOP_Families: 有 2 个产品族,但 SOP_Forecast has 3", ["has"]],
    ["预测(forecast),第 2 期: Plan!C2 中的 #N/A", []],
  ])("%s", (text, english) => {
    expect(englishIn(text)).toEqual(english);
  });
});

describe("every problem in zh-CN", () => {
  const engineProblems: Problem[] = keys(ENGINE_KINDS).flatMap((kind) =>
    [undefined, ...keys(ENGINE_RULES)].flatMap((rule) =>
      Object.keys(ARGUMENT_NAMES_ZH).map((argument) => ({
        kind,
        errorClass: "#VALUE!" as const,
        argument,
        index: 1,
        family: 0,
        found: "12",
        expected: rule === "oneOf" ? ADJUSTMENT_TARGETS.join(", ") : "6",
        ...(rule !== undefined ? { rule } : {}),
      }))
    )
  );

  test("formula problems: every kind × rule × argument, in each position wording", () => {
    for (const problem of engineProblems) {
      for (const position of ["period", "option", "item"] as const) {
        expectChinese(describeProblem("zh", problem, position));
      }
    }
    expectChinese(describeProblems("zh", engineProblems.slice(0, 2), () => "period"));
    expectChinese(describeProblems("zh", engineProblems.slice(0, 3), () => "period"));
  });

  test("the what-if modes and targets are named in Chinese too", () => {
    expectChinese(
      describeProblem(
        "zh",
        {
          kind: "invalidOption",
          errorClass: "#VALUE!",
          argument: "mode",
          found: "12",
          expected: ADJUSTMENT_MODES.join(", "),
          rule: "oneOf",
        },
        "item"
      )
    );
  });

  const ranges: WorkbookProblem["range"][] = ["SOP_Forecast", "workbook", "S&OP Decisions"];
  test("workbook problems: every kind × rule × range, with and without a cell, version or field", () => {
    let count = 0;
    for (const kind of keys(WORKBOOK_KINDS)) {
      for (const rule of [undefined, ...keys(WORKBOOK_RULES)]) {
        for (const range of ranges) {
          for (const variant of [{}, { cell: "Plan!F7" }, { version: "2024-04 计划" }]) {
            for (const found of ["12", ""]) {
              const problem: WorkbookProblem = {
                kind,
                range,
                found,
                expected: "6",
                argument: "owner",
                position: 2,
                feature: FEATURES[0] ?? "meetingPack",
                ...(rule !== undefined ? { rule } : {}),
                ...variant,
              };
              expectChinese(describeWorkbookProblem("zh", problem));
              count++;
            }
          }
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
  });
});

describe("real refusals in zh-CN", () => {
  const ZH = { language: "zh" } as const;

  async function refusal(setup: (book: ReturnType<typeof seedWorkbook>) => void, skip: string[]) {
    const book = seedWorkbook({ skip });
    setup(book);
    const outcome = await createExcelPlanningWorkbook(book.host).runGapScenarios(ZH);
    if (outcome.ok) throw new Error("expected a refusal");
    return outcome.problems.map((problem) => describeWorkbookProblem("zh", problem));
  }

  test.each<[string, (book: ReturnType<typeof seedWorkbook>) => void, string[]]>([
    [
      "opening stock of 2 × 1 for 3 families",
      (book) => {
        book.setValues("Plan", "B2:G4", [
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 5, 6],
        ]);
        book.defineName("SOP_Forecast", "Plan!$B$2:$G$4");
        book.defineName("SOP_OpeningStock", "Plan!$B$7:$B$8");
        book.setValues("Plan", "A20:B20", [["A", "B"]]);
        book.defineName("SOP_Families", "Plan!$A$20:$B$20");
      },
      ["SOP_Forecast", "SOP_OpeningStock"],
    ],
    [
      "text and an error in the forecast",
      (book) => {
        book.setValues("Plan", "C2:D2", [["不适用", "#N/A"]]);
      },
      [],
    ],
    [
      "a periods range that is a block, and options of one column",
      (book) => {
        book.defineName("SOP_Periods", "Plan!$B$1:$G$2");
        book.defineName("SOP_Options", "Plan!$A$10:$A$13");
      },
      ["SOP_Periods", "SOP_Options"],
    ],
    [
      "negative capacity, a blank period and a missing name",
      (book) => {
        book.setValues("Plan", "C5", [[-5]]);
        book.setValues("Plan", "D1", [[""]]);
      },
      ["SOP_SafetyStock"],
    ],
  ])("%s", async (_, setup, skip) => {
    const messages = await refusal(setup, skip);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expectChinese(message);
  });

  test("decision, what-if and roll-forward refusals", async () => {
    const book = seedWorkbook();
    const workbook = createExcelPlanningWorkbook(book.host);
    const decision = await workbook.addDecision(
      { decision: " ", family: "", period: "", owner: "", due: "下周" },
      ZH
    );
    const whatIf = await workbook.runWhatIf(
      [
        {
          target: "forecast",
          mode: "percent",
          amount: -300,
          families: [],
          fromPeriod: "2024-05",
          toPeriod: "2024-04",
        },
      ],
      ZH
    );
    book.setValues("Plan", "G1", [["下一期"]]);
    const roll = await workbook.previewRollForward(ZH);
    for (const outcome of [decision, whatIf, roll]) {
      if (outcome.ok) throw new Error("expected a refusal");
      for (const problem of outcome.problems) expectChinese(describeWorkbookProblem("zh", problem));
    }
  });
});

describe("the playground's .xlsx notes and refusals in zh-CN", () => {
  /** Every kind (the types check the lists), with one and with several where the words count. */
  const NOTES: Record<XlsxNote["kind"], readonly XlsxNote[]> = {
    // Names in Chinese: the planner's own names are values, the words around them are ours.
    tableWithoutHeader: [{ kind: "tableWithoutHeader", table: "需求表", sheet: "计划" }],
    tableTotalRow: [{ kind: "tableTotalRow", table: "需求表", sheet: "计划" }],
    // The reason is the reader's own text, shown as it is: a value here, not a word of ours.
    nameLeftOut: [{ kind: "nameLeftOut", name: "两处", formula: "Plan!$A$1", reason: "#REF!" }],
    conditionalFormatsLeftOut: [1, 3].map((count) => ({
      kind: "conditionalFormatsLeftOut" as const,
      count,
    })),
    spillsAsArrays: [1, 2].map((count) => ({ kind: "spillsAsArrays" as const, count })),
    coloursLeftOut: [{ kind: "coloursLeftOut", colours: ["#FF0000"] }],
    chartsLeftOut: [1, 24].map((count) => ({ kind: "chartsLeftOut" as const, count })),
  };
  const REFUSALS: Record<XlsxRefusal["kind"], XlsxRefusal> = {
    empty: { kind: "empty" },
    legacyOffice: { kind: "legacyOffice" },
    notXlsx: { kind: "notXlsx" },
    zipWithoutWorkbook: { kind: "zipWithoutWorkbook" },
    noWorksheets: { kind: "noWorksheets" },
    damaged: { kind: "damaged", reason: "#N/A" },
    unreadable: { kind: "unreadable", reason: "#N/A" },
  };

  test.each(Object.values(NOTES).flat())("note %j", (note) => {
    expectChinese(describeXlsxNote("zh", note));
  });

  test.each(Object.values(REFUSALS))("refusal %j", (refusal) => {
    expectChinese(describeXlsxRefusal("zh", "计划.xlsx", refusal));
  });
});
