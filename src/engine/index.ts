/** The engine's one import path: pure planning math shared by custom functions and the taskpane. */
export { balancePlan, stockDaysOf } from "./balance";
export {
  aggregateExtract,
  decodeExtract,
  detectColumns,
  detectDecimal,
  detectDelimiter,
  EXTRACT_KINDS,
  EXTRACT_ROLES,
  extractTotals,
  kindOf,
  layOnMonths,
  monthRange,
  monthsAfter,
  monthsBefore,
  monthsWith,
  parseMonth,
  parseQuantity,
  splitRows,
} from "./extract";
export type {
  AggregatedExtract,
  BadRow,
  BadRowReason,
  ColumnMapping,
  DecimalMark,
  Delimiter,
  ExtractEncoding,
  ExtractKind,
  ExtractRole,
  ExtractRow,
} from "./extract";
export { frozenChanges, isFrozen } from "./mps";
export type { FrozenChange, ProductionPlan } from "./mps";
export { planMoney } from "./money";
export type { MoneyInput, PlanMoney } from "./money";
export { gapScenarios, cheapestMix } from "./gap";
export type { GapOption, GapScenario, GapAnalysis, CheapestMix, MixPart } from "./gap";
export {
  DEFAULT_DAYS_PER_PERIOD,
  DEFAULT_EXCESS_MULTIPLE,
  MAX_PLAN_CELLS,
  PLAN_SERIES,
  Status,
  emptyPlan,
} from "./plan";
export type { BalanceOptions, PlanBalance, PlanInput, PlanSeries, StatusCode } from "./plan";
export { describeValue, errorClassOf, isBlank, readQuantity } from "./cells";
export type { QuantityReading } from "./cells";
export { failure, success } from "./problems";
export { ERROR_CLASSES, EXCEL_ERRORS, isErrorClass, isExcelError } from "./errors";
export type { ExcelError } from "./errors";
export type { ErrorClass, ExpectedRule, Outcome, Problem, ProblemKind } from "./problems";
export { ADJUSTMENT_MODES, ADJUSTMENT_TARGETS } from "./whatIf";
export type { Adjustment, AdjustmentMode, AdjustmentTarget } from "./whatIf";
export { applyAdjustments } from "./whatIf";
export { comparePlans } from "./compare";
export type {
  CellMoney,
  CellValues,
  ComparablePlan,
  ComparisonRow,
  PlanComparison,
  PointChange,
} from "./compare";
export { isoWeeksIn, nextPeriodLabel, nextPeriodSerial, periodsBetween } from "./periods";
export {
  averageStockDays,
  executionRate,
  planChange,
  statusShares,
  utilizationByFamily,
} from "./kpis";
export type {
  DecisionProgress,
  DecisionStatus,
  ExecutionRate,
  PlanChange,
  PlanSnapshot,
  StatusShares,
} from "./kpis";
export { addDecision, closeDecision, isIsoDate, reviewCycle } from "./decisions";
export type { CycleReview, Decision, DecisionDraft } from "./decisions";
export { diffCells, type CellChange, type PreviewValue, type RangeDiff } from "./restore";
export { freeName } from "./names";
export {
  fillOpeningStock,
  gridSize,
  isPerPeriod,
  patchSeries,
  rollPeriodLabels,
  rolledOpeningStock,
  shiftPeriods,
} from "./grid";
export type { Axis, Grid } from "./grid";
export {
  periodGaps,
  planExceptions,
  rankExceptions,
  rankGaps,
  stakesByFamily,
  summarizeBalance,
} from "./review";
export type {
  BalanceSummary,
  ExceptionKind,
  PeriodGap,
  PlanCell,
  PlanException,
  RankedException,
} from "./review";
export {
  approvedOfCycle,
  newestVersion,
  previousApproved,
  previousCycleVersion,
  previousDecisionCycle,
  rolledInto,
  versionOfCycle,
} from "./cycles";
export type { ApprovableVersion, CycleVersion, RolledVersion } from "./cycles";
export {
  DEFAULT_SEASON_LENGTH,
  FORECAST_METHODS,
  MAX_HORIZON,
  autoMethods,
  forecastSeries,
} from "./forecast";
export type { BaseMethod, ForecastMethod, ForecastOptions, ForecastResult } from "./forecast";
export { historyValues, observedValues, MIN_HISTORY } from "./forecast/history";
export type { History } from "./forecast/history";
export {
  ACCURACY_METRICS,
  accuracyOfSums,
  addPeriod,
  emptySums,
  forecastAccuracy,
} from "./accuracy";
export type { Accuracy, AccuracyMetric, AccuracySums } from "./accuracy";
export { BACKTEST_PERIODS, backtest, forecastFamily, lagAccuracy, outsideInterval } from "./demand";
export type {
  Actuals,
  Backtest,
  CycleForecast,
  DemandOptions,
  FamilyForecast,
  LagAccuracy,
} from "./demand";
export { LpBuilder } from "./supply/lp";
export type { LinearProgram, LpSolution, LpSolver, LpStatus } from "./supply/lp";
export { PLAN_PARAMETERS, parameterEntries, planParameters } from "./supply/parameters";
export { BASELINES, supplyReview } from "./supply/review";
export type { Baseline, SupplyReview, SupplyReviewInput } from "./supply/review";
export type { ParameterEntry, PlanParameterName, PlanParameters } from "./supply/parameters";
export {
  RESOURCE_PARAMETERS,
  SUPPLY_FIELDS,
  chaseProduction,
  levelProduction,
  sharedSupplyPlan,
  shortageList,
  supplyPlan,
} from "./supply/aggregate";
export type {
  BindingLimit,
  FamilySupply,
  ResourcePeriod,
  ResourcePlan,
  SharedSupplyPlan,
  ShortageLine,
  SupplyField,
  SupplyInput,
  SupplyPeriod,
  SupplyPlan,
} from "./supply/aggregate";
