import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowTrendingLinesRegular,
  CheckmarkRegular,
  DataTrendingRegular,
} from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { FORECAST_METHODS, type ForecastMethod } from "../engine";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import type {
  AccuracyOutcome,
  ForecastOutcome,
  AccuracyLine,
  LagReport,
  PlanningWorkbook,
  UseForecastOutcome,
  UseForecastPreview,
} from "../workbook";
import { ActionFeedback, Success } from "./ActionFeedback";
import { ChangeExamples } from "./ChangeExamples";
import { ConfirmDialog } from "./ConfirmDialog";
import { doneValue } from "./paneAction";
import { Section } from "./Section";
import { formatCount, formatPercent, translator } from "./strings";
import type { ActionLock } from "./useActionLock";
import { usePaneAction } from "./usePaneAction";
import { WrittenSheet } from "./WrittenSheet";

/**
 * The demand review (seed 004): last cycles' forecasts against the actuals that came in (lag 1
 * and lag 3), then Forecast demand, which writes S&OP Forecast beside the planner's SOP_Forecast,
 * and Use statistical forecast, which writes it into SOP_Forecast for the families the planner
 * picks, after a preview of the cells it changes. All through the workbook interface.
 */

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  narrow: { minWidth: "96px", width: "96px" },
  method: { minWidth: "150px" },
  families: { display: "flex", flexDirection: "column", maxHeight: "180px", overflowY: "auto" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  table: { tableLayout: "auto" },
});

type DemandAction = "forecast" | "preview" | "use" | "accuracy";

type DemandValue =
  | { readonly kind: "forecast"; readonly outcome: Extract<ForecastOutcome, { ok: true }> }
  | { readonly kind: "preview"; readonly outcome: Extract<UseForecastPreview, { ok: true }> }
  | { readonly kind: "used"; readonly outcome: Extract<UseForecastOutcome, { ok: true }> }
  | { readonly kind: "accuracy"; readonly outcome: Extract<AccuracyOutcome, { ok: true }> };

const LABELS: Record<DemandAction, UiMessageKey> = {
  forecast: "ui.demand.forecast",
  preview: "ui.demand.use",
  use: "ui.demand.use",
  accuracy: "ui.demand.accuracy",
};
const ACTIONS: readonly DemandAction[] = ["forecast", "preview", "use", "accuracy"];

const METHOD_KEYS: Record<ForecastMethod, UiMessageKey> = {
  auto: "ui.demand.method.auto",
  ets: "ui.demand.method.ets",
  theta: "ui.demand.method.theta",
  snaive: "ui.demand.method.snaive",
  naive: "ui.demand.method.naive",
  croston: "ui.demand.method.croston",
};
const COVERAGES = [0.8, 0.9, 0.95] as const;

export interface DemandReviewProps {
  readonly workbook: PlanningWorkbook;
  readonly language: Language;
  readonly lock: ActionLock;
  readonly onShowSheet: (sheet: string) => Promise<void>;
  /** After SOP_Forecast changed: the pane checks the cycle again. */
  readonly onChanged: () => void;
}

export function DemandReview({
  workbook,
  language,
  lock,
  onShowSheet,
  onChanged,
}: DemandReviewProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const { state, perform, reset } = usePaneAction<DemandAction, DemandValue>(lock, language);
  const [method, setMethod] = useState<ForecastMethod>("auto");
  const [coverage, setCoverage] = useState<number>(0.8);
  const [season, setSeason] = useState("12");
  const [families, setFamilies] = useState<readonly string[]>([]);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [done, setDone] = useState<{ done: number; total: number }>();
  const cancel = useRef<AbortController | undefined>(undefined);
  const { busy } = lock;
  const value = doneValue(state, ACTIONS);
  const running = state.phase === "running" ? state.action : undefined;

  const forecast = (): void => {
    const controller = new AbortController();
    cancel.current = controller;
    setDone(undefined);
    perform({
      action: "forecast",
      call: async (options) => {
        const outcome = await workbook.forecastDemand(
          { method, coverage, seasonLength: Number(season) },
          {
            ...options,
            signal: controller.signal,
            onFamilies: (d, total) => {
              setDone({ done: d, total });
            },
          }
        );
        // The families Use statistical forecast offers: the plan's, once it forecast them.
        if (outcome.ok) {
          const labels = await workbook.readPlanLabels();
          if (labels.ok) {
            setFamilies(labels.families);
            setChosen(labels.families.slice(0, 1));
          }
        }
        return outcome;
      },
      settle: (outcome) => ({ kind: "forecast", outcome }),
    });
  };

  const preview = (): void => {
    perform({
      action: "preview",
      call: () => workbook.previewUseForecast(namesOf(chosen, families)),
      settle: (outcome) => ({ kind: "preview", outcome }),
    });
  };

  const use = (names: readonly string[]): void => {
    perform({
      action: "use",
      call: (options) => workbook.useStatisticalForecast(names, options),
      settle: (outcome) => ({ kind: "used", outcome }),
      after: onChanged,
    });
  };

  const accuracy = (): void => {
    perform({
      action: "accuracy",
      call: () => workbook.readForecastAccuracy(),
      settle: (outcome) => ({ kind: "accuracy", outcome }),
    });
  };

  const forecastDone =
    value?.kind === "forecast" || value?.kind === "preview" || value?.kind === "used";

  return (
    <>
      <Section title={t("ui.demand.accuracyHeading")}>
        <Body1 as="p">{t("ui.demand.accuracyIntro")}</Body1>
        <div className={styles.row}>
          <Button icon={<ArrowTrendingLinesRegular />} disabled={busy} onClick={accuracy}>
            {t("ui.demand.accuracy")}
          </Button>
        </div>
        <ActionFeedback
          language={language}
          state={state}
          actions={["accuracy"]}
          labels={LABELS}
          refusedTitle={() => t("ui.demand.accuracyRefused")}
        />
        {value?.kind === "accuracy" && (
          <AccuracyTable language={language} lags={value.outcome.lags} />
        )}
      </Section>
      <Section title={t("ui.demand.heading")}>
        <Body1 as="p">{t("ui.demand.intro")}</Body1>
        <div className={styles.row}>
          <Field label={t("ui.demand.method")}>
            <Dropdown
              className={styles.method}
              value={t(METHOD_KEYS[method])}
              selectedOptions={[method]}
              onOptionSelect={(_, data) => {
                const next = FORECAST_METHODS.find((candidate) => candidate === data.optionValue);
                if (next) setMethod(next);
              }}
            >
              {FORECAST_METHODS.map((candidate) => (
                <Option key={candidate} value={candidate}>
                  {t(METHOD_KEYS[candidate])}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t("ui.demand.interval")}>
            <Dropdown
              className={styles.narrow}
              value={formatPercent(language, coverage).replace(/[.,]0(?=\D*$)/, "")}
              selectedOptions={[String(coverage)]}
              onOptionSelect={(_, data) => {
                const next = COVERAGES.find((candidate) => String(candidate) === data.optionValue);
                if (next) setCoverage(next);
              }}
            >
              {COVERAGES.map((candidate) => (
                <Option key={candidate} value={String(candidate)}>
                  {formatPercent(language, candidate).replace(/[.,]0(?=\D*$)/, "")}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t("ui.demand.season")}>
            <Input
              className={styles.narrow}
              type="number"
              min={1}
              value={season}
              onChange={(_, data) => {
                setSeason(data.value);
              }}
            />
          </Field>
        </div>
        <Caption1>{t(`ui.demand.method.${method}.hint`)}</Caption1>
        <div className={styles.row}>
          <Button
            appearance="primary"
            icon={<DataTrendingRegular />}
            disabled={busy}
            onClick={forecast}
          >
            {t("ui.demand.forecast")}
          </Button>
          {running === "forecast" && (
            <Button onClick={() => cancel.current?.abort()}>{t("ui.demand.cancel")}</Button>
          )}
        </div>
        {running === "forecast" && done && (
          <div className={styles.progress}>
            <ProgressBar value={done.total > 0 ? done.done / done.total : 0} />
            <Caption1 aria-live="polite">
              {t("ui.demand.progress", {
                done: formatCount(language, done.done),
                total: formatCount(language, done.total),
              })}
            </Caption1>
          </div>
        )}
        <ActionFeedback
          language={language}
          state={state}
          actions={["forecast"]}
          labels={LABELS}
          numbered={["forecast"]}
          refusedTitle={() => t("ui.demand.refused")}
        />
        {value?.kind === "forecast" && (
          <ForecastDone language={language} value={value} onShowSheet={onShowSheet} />
        )}
      </Section>
      {forecastDone && (
        <Section title={t("ui.demand.useHeading")}>
          <Body1 as="p">{t("ui.demand.useIntro")}</Body1>
          {families.length > 1 && (
            <div className={styles.families} role="group" aria-label={t("ui.demand.families")}>
              {families.map((family) => (
                <Checkbox
                  key={family}
                  label={family}
                  checked={chosen.includes(family)}
                  onChange={(_, data) => {
                    setChosen(
                      data.checked === true
                        ? [...chosen, family]
                        : chosen.filter((f) => f !== family)
                    );
                  }}
                />
              ))}
            </div>
          )}
          <div className={styles.row}>
            <Button
              icon={<CheckmarkRegular />}
              disabled={busy || chosen.length === 0}
              onClick={preview}
            >
              {t("ui.demand.use")}
            </Button>
          </div>
          <ActionFeedback
            language={language}
            state={state}
            actions={["preview", "use"]}
            labels={LABELS}
            refusedTitle={() => t("ui.demand.useRefused")}
          />
          {value.kind === "used" && (
            <Success
              title={t(
                value.outcome.changedCells === 1 ? "ui.demand.used.one" : "ui.demand.used.other",
                {
                  n: formatCount(language, value.outcome.changedCells),
                  families: value.outcome.families.join(language === "zh" ? "、" : ", "),
                }
              )}
            />
          )}
        </Section>
      )}
      {value?.kind === "preview" && (
        <ConfirmDialog
          title={t("ui.demand.confirmTitle")}
          confirmLabel={t("ui.demand.confirm")}
          cancelLabel={t("ui.demand.keep")}
          onConfirm={() => {
            use(value.outcome.families);
          }}
          onCancel={reset}
        >
          <UsePreview language={language} preview={value.outcome} />
        </ConfirmDialog>
      )}
    </>
  );
}

/** The chosen families, or the plan's only one. */
function namesOf(chosen: readonly string[], families: readonly string[]): readonly string[] {
  return families.length <= 1 ? families : chosen;
}

function ForecastDone({
  language,
  value,
  onShowSheet,
}: {
  readonly language: Language;
  readonly value: Extract<DemandValue, { kind: "forecast" }>;
  readonly onShowSheet: (sheet: string) => Promise<void>;
}): React.JSX.Element {
  const t = translator(language);
  const { summary, sheet, preferredSheet } = value.outcome;
  return (
    <>
      <Success
        title={t(summary.families === 1 ? "ui.demand.done.one" : "ui.demand.done.other", {
          families: formatCount(language, summary.families),
          periods: summary.periods,
          history: summary.historyPeriods,
        })}
      >
        <div>
          {summary.outside === 0
            ? t("ui.demand.insideAll")
            : t(summary.outside === 1 ? "ui.demand.outside.one" : "ui.demand.outside.other", {
                n: formatCount(language, summary.outside),
                family: summary.firstOutside?.family ?? "",
                period: summary.firstOutside?.period ?? "",
              })}
        </div>
        {summary.backtestWmape !== undefined && summary.naiveWmape !== undefined && (
          <div>
            {t("ui.demand.backtest", {
              method: formatPercent(language, summary.backtestWmape),
              naive: formatPercent(language, summary.naiveWmape),
            })}
          </div>
        )}
      </Success>
      <WrittenSheet
        language={language}
        sheet={sheet}
        preferredSheet={preferredSheet}
        onShowSheet={onShowSheet}
      />
    </>
  );
}

function UsePreview({
  language,
  preview,
}: {
  readonly language: Language;
  readonly preview: Extract<UseForecastPreview, { ok: true }>;
}): React.JSX.Element {
  const t = translator(language);
  const { change } = preview;
  if (change.cells === 0) return <Body1>{t("ui.demand.noChange")}</Body1>;
  return (
    <>
      <Body1>
        {t(change.cells === 1 ? "ui.demand.change.one" : "ui.demand.change.other", {
          n: formatCount(language, change.cells),
          address: change.address,
          families: preview.families.join(language === "zh" ? "、" : ", "),
        })}
      </Body1>
      <ChangeExamples language={language} change={change} />
    </>
  );
}

/** A metric's cell: a percentage, a plain number, or a dash where it cannot be computed. */
function metric(language: Language, value: number, percent: boolean): string {
  if (!Number.isFinite(value)) return "–";
  return percent ? formatPercent(language, value) : value.toFixed(2);
}

function AccuracyTable({
  language,
  lags,
}: {
  readonly language: Language;
  readonly lags: readonly LagReport[];
}): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  // The total, or one family's lines ("" is the total).
  const [family, setFamily] = useState("");
  if (lags.every((lag) => lag.cycles === 0))
    return <Body1 as="p">{t("ui.demand.noAccuracy")}</Body1>;
  const names = lags[0]?.families.map((line) => line.family) ?? [];
  const lineOf = (lag: LagReport): AccuracyLine =>
    (family === "" ? undefined : lag.families.find((line) => line.family === family)) ?? lag.total;
  return (
    <>
      {names.length > 1 && (
        <Field label={t("ui.demand.families")}>
          <Dropdown
            className={styles.method}
            value={family === "" ? t("ui.demand.allFamilies") : family}
            selectedOptions={[family]}
            onOptionSelect={(_, data) => {
              setFamily(data.optionValue ?? "");
            }}
          >
            <Option value="">{t("ui.demand.allFamilies")}</Option>
            {names.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Table size="small" className={styles.table} aria-label={t("ui.demand.accuracyHeading")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("ui.demand.lag")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.demand.wmape")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.demand.bias")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.demand.tracking")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.demand.fvaNaive")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.demand.fvaStatistical")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lags.map((lag) => {
            const line = lineOf(lag);
            return (
              <TableRow key={lag.lag}>
                <TableCell>
                  {t(lag.cycles === 1 ? "ui.demand.lagCycles.one" : "ui.demand.lagCycles.other", {
                    lag: lag.lag,
                    n: lag.cycles,
                  })}
                </TableCell>
                <TableCell>{metric(language, line.wmape, true)}</TableCell>
                <TableCell>{metric(language, line.bias, true)}</TableCell>
                <TableCell>{metric(language, line.trackingSignal, false)}</TableCell>
                <TableCell>{metric(language, line.fvaNaive, true)}</TableCell>
                <TableCell>{metric(language, line.fvaStatistical, true)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
