import type { UiMessageKey } from "./ui.en-US";

/** 任务窗格的中文文字(简体),计划员的用语:产品族、期间、供不应求、安全库存、滚动计划。 */
export const uiZhCN: Record<UiMessageKey, string> = {
  "ui.title": "S&OP 产销协同计划",
  "ui.subtitle": "在 Excel 中逐期平衡供应与需求。",
  "ui.language": "语言",
  "ui.language.loadFailed": "无法读取此工作簿中保存的语言:{message}",
  "ui.language.saveFailed": "无法将语言保存到此工作簿:{message}",

  "ui.setup.heading": "工作簿设置",
  "ui.setup.intro":
    "计划从以下工作簿名称读取数据。请在“公式 > 名称管理器”中定义这些名称,或插入示例数据。",
  "ui.setup.refresh": "刷新",
  "ui.setup.checking": "正在检查命名区域…",
  "ui.setup.inspectFailed": "无法检查命名区域",
  "ui.setup.table": "计划的命名区域",
  "ui.setup.col.name": "名称",
  "ui.setup.col.status": "状态",
  "ui.setup.col.address": "位置",
  "ui.setup.found": "已找到",
  "ui.setup.missing": "缺少",
  "ui.setup.unusable": "无法使用",
  "ui.setup.none": "—",
  "ui.setup.shape": "{rows} × {columns}",
  "ui.setup.families.one": "{n} 个产品族",
  "ui.setup.families.other": "{n} 个产品族",
  "ui.setup.periods.one": "{n} 个期间",
  "ui.setup.periods.other": "{n} 个期间",
  "ui.setup.dimensions": "计划规模:{size}",
  "ui.setup.notReadyPlan": "尚不能运行滚动计划",
  "ui.setup.notReadyScenarios": "尚不能生成缺口方案",
  "ui.setup.unusableNames": "部分名称无法使用",
  "ui.setup.notFitting": "命名区域的大小尚不一致:请检查各区域的行数和列数。",
  "ui.setup.ready": "已就绪:滚动计划和缺口方案所需的名称均已定义。",

  "ui.requirement.required": "必需",
  "ui.requirement.scenarios": "缺口方案需要",
  "ui.requirement.manyFamilies": "多个产品族时需要",
  "ui.requirement.optional": "可选",

  "ui.actions.heading": "计划",
  "ui.action.plan": "运行滚动计划",
  "ui.action.scenarios": "缺口方案",
  "ui.action.sample": "插入示例数据",
  "ui.action.plan.description": "逐期平衡每个产品族的供需,并写入供需平衡表。",
  "ui.action.scenarios.description":
    "先运行滚动计划,再为每个存在滚动缺口的产品族和期间写入一张缺口方案表。",
  "ui.action.sample.description":
    "新增一张包含 6 个月演示数据的工作表,并在其上定义计划所需的全部名称。",
  "ui.action.needs": "需要 {names}。",
  "ui.action.waiting": "正在等待命名区域检查完成。",
  "ui.action.unchecked": "无法检查命名区域:请刷新工作簿设置。",
  "ui.action.notFitting": "命名区域的大小尚不一致:请查看工作簿设置。",

  "ui.step.working": "正在处理…",
  "ui.step.reading": "正在读取命名区域…",
  "ui.step.validating": "正在校验输入数据…",
  "ui.step.computing": "正在计算计划…",
  "ui.step.writing": "正在写入工作表…",
  "ui.step.done": "即将完成…",
  "ui.step.label": "{action}:{step}",
  "ui.step.progress": "{action}:第 {n} 步(共 {total} 步),{step}",

  "ui.problems.title": "未写入任何内容:请修正以下输入",
  "ui.problems.sampleTitle": "未插入示例数据",
  "ui.problems.count": "发现的问题:{n} 个",
  "ui.error.title": "“{action}”未完成",
  "ui.error.showSheet": "无法打开工作表“{sheet}”:{message}",

  "ui.summary.heading": "运行结果",
  "ui.summary.planTitle": "滚动计划已写入“{sheet}”",
  "ui.summary.scenariosTitle": "缺口方案已写入“{sheet}”",
  "ui.summary.families": "产品族",
  "ui.summary.periods": "期间",
  "ui.summary.shortagePeriods": "供不应求的期数",
  "ui.summary.firstShortage": "首次供不应求",
  "ui.summary.lowestStockDays": "最低库存天数",
  "ui.summary.scenarioTables": "已写入的方案表",
  "ui.summary.none": "无",
  "ui.summary.point": "{family},{period}",
  "ui.summary.stockDays": "{days}({family},{period})",
  "ui.summary.openSheet": "打开 {sheet}",
  "ui.summary.preferredSheet":
    "工作表“{preferred}”是您自己的工作表,加载项未作任何改动,因此结果写入了“{sheet}”。",
  "ui.sample.done": "示例数据已插入“{sheet}”,计划所需的全部名称均已定义在其上。",

  "ui.functions": "公式",
  "ui.balance.summary":
    "滚动平衡:每期一条记录,包括有效需求、期初和期末库存、库存天数、产能利用率和供需状态。",
  "ui.gap.summary":
    "缺口方案:列出填补供应缺口的各个方案,最优在前;给出单位成本时,最后一行是最低成本组合。",
  "ui.example": "示例",
};
