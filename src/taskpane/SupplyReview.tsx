import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { CalculatorRegular, CheckmarkRegular, SaveRegular } from "@fluentui/react-icons";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import type {
  BaselineResult,
  PlanningWorkbook,
  SupplyOutcome,
  SupplySummary,
  UseSupplyOutcome,
  UseSupplyPreview,
} from "../workbook";
import { ActionFeedback, Success } from "./ActionFeedback";
import { ChangeExamples } from "./ChangeExamples";
import { ConfirmDialog } from "./ConfirmDialog";
import { doneValue } from "./paneAction";
import { usePaneStyles } from "./paneStyles";
import { Section } from "./Section";
import { formatCount, translator, type Translate } from "./strings";
import { formatQuantity } from "./versions";
import type { ActionLock } from "./useActionLock";
import { usePaneAction } from "./usePaneAction";
import { WrittenSheet } from "./WrittenSheet";

/**
 * The supply review (seed 004: the constrained plan and the resource shortage list): Optimize
 * supply plan writes S&OP Supply Plan (the cheapest plan within every limit, compared with the
 * planner's own, the level and the chase plans), and Use optimized plan writes its production into
 * SOP_Production after a preview of the cells it changes. All through the workbook interface.
 */

const useStyles = makeStyles({
  planColumn: { width: "42%" },
  bar: {
    height: "6px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
    marginTop: tokens.spacingVerticalXXS,
  },
});

type SupplyAction = "optimize" | "preview" | "use";

type SupplyValue =
  | { readonly kind: "optimized"; readonly outcome: Extract<SupplyOutcome, { ok: true }> }
  | { readonly kind: "preview"; readonly outcome: Extract<UseSupplyPreview, { ok: true }> }
  | { readonly kind: "used"; readonly outcome: Extract<UseSupplyOutcome, { ok: true }> };

const LABELS: Record<SupplyAction, UiMessageKey> = {
  optimize: "ui.supply.optimize",
  preview: "ui.supply.use",
  use: "ui.supply.use",
};
const ACTIONS: readonly SupplyAction[] = ["optimize", "preview", "use"];

export interface SupplyReviewProps {
  readonly workbook: PlanningWorkbook;
  readonly language: Language;
  readonly lock: ActionLock;
  readonly onShowSheet: (sheet: string) => Promise<void>;
  /** After SOP_Production changed: the pane checks the cycle again. */
  readonly onChanged: () => void;
  /** Opens the step where versions are saved (the meeting's), to keep the plan just written. */
  readonly onSaveVersion: () => void;
}

export function SupplyReview({
  workbook,
  language,
  lock,
  onShowSheet,
  onChanged,
  onSaveVersion,
}: SupplyReviewProps): React.JSX.Element {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const t = translator(language);
  const { state, perform, reset } = usePaneAction<SupplyAction, SupplyValue>(lock, language);
  const { busy } = lock;
  const value = doneValue(state, ACTIONS);

  const optimize = (): void => {
    perform({
      action: "optimize",
      call: (options) => workbook.optimizeSupply(options),
      settle: (outcome) => ({ kind: "optimized", outcome }),
    });
  };
  const preview = (): void => {
    perform({
      action: "preview",
      call: () => workbook.previewUseSupplyPlan(),
      settle: (outcome) => ({ kind: "preview", outcome }),
    });
  };
  const use = (): void => {
    perform({
      action: "use",
      call: (options) => workbook.useOptimizedPlan(options),
      settle: (outcome) => ({ kind: "used", outcome }),
      after: onChanged,
    });
  };

  return (
    <>
      <Section title={t("ui.supply.heading")}>
        <Body1 as="p">{t("ui.supply.intro")}</Body1>
        <div className={styles.row}>
          <Button
            appearance="primary"
            icon={<CalculatorRegular />}
            disabled={busy}
            onClick={optimize}
          >
            {t("ui.supply.optimize")}
          </Button>
          <Button icon={<CheckmarkRegular />} disabled={busy} onClick={preview}>
            {t("ui.supply.use")}
          </Button>
        </div>
        <ActionFeedback
          language={language}
          state={state}
          actions={ACTIONS}
          labels={LABELS}
          numbered={["optimize"]}
          refusedTitle={(action) =>
            t(action === "optimize" ? "ui.supply.refused" : "ui.supply.useRefused")
          }
        />
        {value?.kind === "optimized" && (
          <>
            <Optimized language={language} summary={value.outcome.summary} />
            <WrittenSheet
              language={language}
              sheet={value.outcome.sheet}
              preferredSheet={value.outcome.preferredSheet}
              onShowSheet={onShowSheet}
            />
          </>
        )}
        {value?.kind === "used" && (
          <Success
            title={t(
              value.outcome.changedCells === 1 ? "ui.supply.used.one" : "ui.supply.used.other",
              { n: formatCount(language, value.outcome.changedCells) }
            )}
          >
            <div>{t("ui.supply.usedNext")}</div>
            <Button className={styles.start} icon={<SaveRegular />} onClick={onSaveVersion}>
              {t("ui.supply.saveVersion")}
            </Button>
          </Success>
        )}
      </Section>
      {value?.kind === "preview" && (
        <ConfirmDialog
          title={t("ui.supply.confirmTitle")}
          confirmLabel={t("ui.supply.confirm")}
          cancelLabel={t("ui.supply.keep")}
          onConfirm={use}
          onCancel={reset}
        >
          {value.outcome.change.cells === 0 ? (
            <Body1 block>{t("ui.supply.noChange")}</Body1>
          ) : (
            <>
              <Body1 block>
                {t(
                  value.outcome.change.cells === 1
                    ? "ui.supply.change.one"
                    : "ui.supply.change.other",
                  {
                    n: formatCount(language, value.outcome.change.cells),
                    address: value.outcome.change.address,
                  }
                )}
              </Body1>
              <ChangeExamples language={language} change={value.outcome.change} />
            </>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}

const BASELINE_KEYS: Record<BaselineResult["baseline"], UiMessageKey> = {
  planner: "ui.supply.baseline.planner",
  level: "ui.supply.baseline.level",
  chase: "ui.supply.baseline.chase",
};

const LIMIT_KEYS: Record<SupplySummary["limits"][number]["limit"], UiMessageKey> = {
  regular: "ui.supply.limit.regular",
  overtime: "ui.supply.limit.overtime",
  subcontract: "ui.supply.limit.subcontract",
  safetyStock: "ui.supply.limit.safetyStock",
  endStock: "ui.supply.limit.endStock",
};

const LEVER_KEYS: Record<SupplySummary["shortages"][number]["lever"], UiMessageKey> = {
  overtime: "ui.supply.lever.overtime",
  subcontract: "ui.supply.lever.subcontract",
  hire: "ui.supply.lever.hire",
  backlog: "ui.supply.lever.backlog",
};

/** How many places a limit lists before "and n more". */
const LISTED = 4;

function Optimized({
  language,
  summary,
}: {
  readonly language: Language;
  readonly summary: SupplySummary;
}): React.JSX.Element {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const t = translator(language);
  const money = (value: number) => formatQuantity(language, value);
  const costs = summary.baselines.flatMap((b) => ("cost" in b ? [b.cost] : []));
  const highest = Math.max(summary.cost, ...costs);
  const bar = (cost: number) => (
    <div
      className={styles.bar}
      style={{ width: `${String(Math.max(2, (100 * cost) / Math.max(1, highest)))}%` }}
    />
  );
  return (
    <Success
      title={t(summary.families === 1 ? "ui.supply.done.one" : "ui.supply.done.other", {
        cost: money(summary.cost),
        families: formatCount(language, summary.families),
        periods: summary.periods,
      })}
    >
      <Table size="small" className={styles.table} aria-label={t("ui.supply.compare")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.planColumn}>{t("ui.supply.plan")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.supply.cost")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableCell>{t("ui.supply.baseline.optimized")}</TableCell>
            <TableCell>
              {money(summary.cost)}
              {bar(summary.cost)}
            </TableCell>
          </TableRow>
          {summary.baselines.map((result) => (
            <TableRow key={result.baseline}>
              <TableCell>{t(BASELINE_KEYS[result.baseline])}</TableCell>
              <TableCell>
                {"cost" in result ? (
                  <>
                    {t("ui.supply.more", {
                      cost: money(result.cost),
                      difference: money(Math.max(0, result.cost - summary.cost)),
                    })}
                    {bar(result.cost)}
                  </>
                ) : (
                  t(
                    result.infeasible.kind === "overCapacity"
                      ? "ui.supply.overCapacity"
                      : "ui.supply.infeasible",
                    {
                      period: result.infeasible.period,
                      family: result.infeasible.family,
                      n: formatQuantity(language, result.infeasible.units),
                    }
                  )
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Limits t={t} summary={summary} language={language} />
      <Shortages t={t} summary={summary} language={language} />
      <Caption1>{t("ui.supply.solved", { ms: formatCount(language, summary.solveMs) })}</Caption1>
    </Success>
  );
}

function Limits({
  t,
  summary,
  language,
}: {
  readonly t: Translate;
  readonly summary: SupplySummary;
  readonly language: Language;
}): React.JSX.Element {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const join = language === "zh" ? "、" : ", ";
  return (
    <>
      <Body1 block>
        {summary.limits.length === 0 ? t("ui.supply.noLimits") : t("ui.supply.limits")}
      </Body1>
      {summary.limits.length > 0 && (
        <ul className={styles.list}>
          {summary.limits.slice(0, LISTED).map((limit) => (
            <li key={`${limit.limit} ${limit.where}`}>
              {t(LIMIT_KEYS[limit.limit], {
                where: limit.where,
                periods:
                  limit.periods.slice(0, LISTED).join(join) +
                  (limit.periods.length > LISTED
                    ? t("ui.supply.andMore", { n: limit.periods.length - LISTED })
                    : ""),
              })}
            </li>
          ))}
        </ul>
      )}
      {summary.dearest && (
        <Body1 block>
          {t("ui.supply.dearest", {
            period: summary.dearest.period,
            family: summary.dearest.family,
            cost: formatQuantity(language, summary.dearest.cost),
          })}
        </Body1>
      )}
    </>
  );
}

function Shortages({
  t,
  summary,
  language,
}: {
  readonly t: Translate;
  readonly summary: SupplySummary;
  readonly language: Language;
}): React.JSX.Element {
  const styles = { ...usePaneStyles(), ...useStyles() };
  if (summary.shortageLines === 0) return <Body1 block>{t("ui.supply.noShortage")}</Body1>;
  return (
    <>
      <Body1 block>
        {t(summary.shortageLines === 1 ? "ui.supply.shortage.one" : "ui.supply.shortage.other", {
          n: formatCount(language, summary.shortageLines),
          shown: formatCount(language, summary.shortages.length),
        })}
      </Body1>
      <ul className={styles.list} aria-label={t("ui.supply.shortageList")}>
        {summary.shortages.map((line) => (
          <li key={`${line.resource} ${line.period} ${line.lever}`}>
            {t("ui.supply.shortageLine", {
              period: line.period,
              resource: line.resource,
              lever: t(LEVER_KEYS[line.lever], { n: formatQuantity(language, line.quantity) }),
              cost: formatQuantity(language, line.cost),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
