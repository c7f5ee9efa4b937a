/** English text for the workbook: problems with named ranges and the sheets the add-in writes. */
export const workbookEnUS = {
  "wb.missingName": "the name is missing; define it in Formulas > Name Manager",
  "wb.refError": "the name points at #REF! (its cells were deleted); redefine it",
  "wb.notARange": "the name holds {found}, not a range of cells",
  "wb.ambiguousName": "several sheets define this name and the workbook does not; keep one",
  "wb.shapeMismatch": "is {found}; expected {expected}",
  "wb.familyCountMismatch": "has {found} families but {expected}",
  "wb.duplicateFamily": "family {found} appears twice",
  "wb.blankFamily": "a family name is blank",
  "wb.blankPeriod": "a period label is blank",
  "wb.duplicatePeriod": "period {found} appears twice",
  "wb.tooLarge": "has {found} cells; one run can take at most {expected}",
  "wb.cells": "{rows} × {columns}",
  "wb.periodsShape": "one row or one column of periods",
} as const;

export type WorkbookMessageKey = keyof typeof workbookEnUS;
