import type { WorkbookMessageKey } from "./workbook.en-US";

/** 工作簿中的中文文字:命名区域的问题和加载项写入的工作表。 */
export const workbookZhCN: Record<WorkbookMessageKey, string> = {
  "wb.missingName": "缺少此名称;请在“公式 > 名称管理器”中定义",
  "wb.refError": "名称指向 #REF!(其单元格已被删除);请重新定义",
  "wb.notARange": "名称的值是 {found},不是单元格区域",
  "wb.ambiguousName": "多个工作表定义了此名称而工作簿没有;请只保留一个",
  "wb.shapeMismatch": "是 {found};应为 {expected}",
  "wb.familyCountMismatch": "有 {found} 个产品族,但 {expected}",
  "wb.duplicateFamily": "产品族 {found} 出现了两次",
  "wb.blankFamily": "有产品族名称为空",
  "wb.blankPeriod": "有期间标签为空",
  "wb.duplicatePeriod": "期间 {found} 出现了两次",
  "wb.tooLarge": "有 {found} 个单元格;一次运行最多 {expected} 个",
  "wb.cells": "{rows} × {columns}",
  "wb.periodsShape": "一行或一列期间",
};
