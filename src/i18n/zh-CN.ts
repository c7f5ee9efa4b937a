import type { MessageKey } from "./en-US";

/** 简体中文. Status words are the seed's own (seed 001): 供不应求 / 库存过高 / 平衡. */
export const zhCN: Record<MessageKey, string> = {
  "status.balanced": "平衡",
  "status.shortage": "供不应求",
  "status.excess": "库存过高",

  "gap.sufficient": "产能充足,无需调整",
  "gap.cheapestMix": "最低成本组合",

  "position.period": "第 {n} 期",
  "position.option": "第 {n} 个方案",
  "position.family": "第 {n} 个产品族",
  "position.item": "第 {n} 个值",

  "problem.notANumber": "{found} 不是数字",
  "problem.errorValue": "输入是错误值 {found}",
  "problem.negative": "{found} 为负数,必须大于或等于 0",
  "problem.zeroCapacity": "产能为 0,无法计算产能利用率",
  "problem.lengthMismatch": "有 {found} 个值,但计划有 {expected} 期",
  "problem.notOneDimensional": "是 {found},请给出一行或一列",
  "problem.notSingleValue": "是 {found},请给出单个值",
  "problem.empty": "为空",
  "problem.invalidOption": "{found} 不可用,请使用 {expected}",
  "problem.tooLarge": "有 {found} 个单元格,最多 {expected} 个",
  "problem.more": "另有 {n} 个问题",

  "shape.cells": "{rows} 行 × {columns} 列",

  "ui.title": "S&OP 产销协同计划",
  "ui.subtitle": "在 Excel 中逐期平衡供应与需求。",
  "ui.language": "语言",
  "ui.functions": "公式",
  "ui.balance.summary":
    "滚动平衡:每期一条记录,包括有效需求、期初和期末库存、库存天数、产能利用率和供需状态。",
  "ui.gap.summary":
    "缺口方案:列出填补供应缺口的各个方案,最优在前;给出单位成本时,最后一行是最低成本组合。",
  "ui.example": "示例",
  "ui.comingNext": "从命名区域运行滚动计划的功能即将加入此窗格;公式现在即可在任意单元格中使用。",
};
