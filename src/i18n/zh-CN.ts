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
};
