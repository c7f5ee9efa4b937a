import type { MessageKey } from "./en-US";

/** 简体中文. Status words are the seed's own (seed 001): 供不应求 / 库存过高 / 平衡. */
export const zhCN: Record<MessageKey, string> = {
  "status.balanced": "平衡",
  "status.shortage": "供不应求",
  "status.excess": "库存过高",

  "gap.sufficient": "产能充足,无需调整",
  "gap.cheapestMix": "最低成本组合",

  "accuracy.mape": "平均绝对百分比误差",
  "accuracy.wmape": "加权平均绝对百分比误差",
  "accuracy.smape": "对称平均绝对百分比误差",
  "accuracy.bias": "预测偏差",
  "accuracy.mad": "平均绝对偏差",
  "accuracy.rmse": "均方根误差",
  "accuracy.trackingSignal": "跟踪信号",
  "accuracy.fva": "预测增值",
  "accuracy.notComputable":
    "无法计算{metric}:分母为 0(没有实际值,或没有同时有实际值和预测值的期间)",

  "position.period": "第 {n} 期",
  "position.option": "第 {n} 个方案",
  "position.family": "第 {n} 个产品族",
  "position.item": "第 {n} 个值",
  "position.row": "第 {n} 行",

  "problem.notANumber": "{found} 不是数字",
  "problem.errorValue": "输入是错误值 {found}",
  "problem.negative": "{found} 为负数,必须大于或等于 0",
  "problem.zeroCapacity": "产能为 0,无法计算产能利用率",
  "problem.lengthMismatch": "有 {found} 个值,但计划有 {expected} 期",
  "problem.lengthNotActual": "有 {found} 个值,但实际(actual)有 {expected} 个值",
  "problem.unknownParameter": '"{found}" 不是 SOP.PLAN 的参数',
  "problem.duplicateParameter": "{found} 重复给出",
  "problem.missingParameter": "缺少参数 {found}",
  "problem.infeasible": "所有手段都用到极限后仍缺 {found} 件",
  "problem.resourceConflict":
    "{found} 与共用资源 {expected} 的其他产品族不同;共用同一资源的产品族须填相同的值",
  "problem.overCapacity": "比所有手段的产能之和多 {found} 件",
  "problem.solverFailed": "求解器未得出计划({found})",
  "problem.solverUnavailable": "无法加载求解器:{found}",
  "problem.notOneDimensional": "是 {found},请给出一行或一列",
  "problem.notSingleValue": "是 {found},请给出单个值",
  "problem.empty": "为空",
  "problem.invalidOption": "{found} 不可用,请使用 {expected}",
  "problem.tooLarge": "有 {found} 个单元格,最多 {expected} 个",
  "problem.tooShort": "只有 {found} 个值,至少需要 {expected} 个",
  "problem.more.one": "另有 1 个问题",
  "problem.more.other": "另有 {n} 个问题",

  "expect.atLeastOneCell": "至少 1 个产品族 × 1 期",
  "expect.periodForms":
    "如 2024-10、2024/10、2024年10月、2024-W42、2024年第42周、2024-Q4、2024-10-01、P10 的标签,或真实日期",
  "expect.dates": "日期",
  "expect.languageCode": "“en”或“zh”",
  "expect.oneOf": "以下之一:{n}",
  "expect.number": "数字",
  "expect.percentFloor": "不小于 -100 的百分比",
  "expect.indexRange": "0 到 {n}",
  "expect.eachFamilyOnce": "每个产品族只出现一次",
  "expect.periodFrom": "第 {n} 期或之后的期间",
  "expect.decisionText": "决策内容",
  "expect.owner": "负责人",
  "expect.isoDate": "yyyy-mm-dd 格式的日期",
  "expect.cycle": "作出决策的周期",
  "expect.loggedDecision": "决策记录中的决策",
  "expect.openDecision": "未完成的决策",

  "shape.cells": "{rows} 行 × {columns} 列",
};
