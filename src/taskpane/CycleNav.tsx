import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwise16Regular,
  CheckmarkCircle20Filled,
  Circle20Regular,
  QuestionCircle20Regular,
  Warning20Filled,
} from "@fluentui/react-icons";
import type { Language } from "../i18n";
import {
  CYCLE_STEPS,
  nextHint,
  STEP_LABELS,
  type CycleStep,
  type PaneView,
  type StepState,
  type StepTone,
  type StepWords,
} from "./cycleSteps";
import { Trouble } from "./ActionFeedback";
import { formatCount, translator } from "./strings";
import type { CycleState } from "./useCycle";

const useStyles = makeStyles({
  overview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  headingRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0 },
  hint: { margin: 0 },
  tabs: {
    // The pane is narrow: the steps stack, each with its state under its name.
    alignItems: "stretch",
  },
  tab: {
    justifyContent: "flex-start",
    textAlign: "start",
  },
  tabText: {
    display: "flex",
    flexDirection: "column",
  },
  state: {
    color: tokens.colorNeutralForeground3,
  },
  /** Read by screen readers, not shown. */
  unseen: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  open: { color: tokens.colorNeutralForeground3 },
});

/** The id of a view's tab, which names its panel. */
export function tabId(prefix: string, view: PaneView): string {
  return `${prefix}-tab-${view}`;
}

export function panelId(prefix: string, view: PaneView): string {
  return `${prefix}-panel-${view}`;
}

/** A step's state in words: its phrases, joined as the pane joins a list. */
export function stateText(language: Language, words: readonly StepWords[]): string {
  const t = translator(language);
  return words
    .map((phrase) =>
      t(phrase.key, {
        ...(phrase.n !== undefined ? { n: formatCount(language, phrase.n) } : {}),
        ...(phrase.cycle !== undefined ? { cycle: phrase.cycle } : {}),
        ...(phrase.by !== undefined ? { by: phrase.by } : {}),
      })
    )
    .join(t("ui.step.separator"));
}

function ToneIcon({ tone }: { readonly tone: StepTone | "help" }): React.JSX.Element {
  const styles = useStyles();
  switch (tone) {
    case "attention":
      return <Warning20Filled aria-hidden className={styles.attention} />;
    case "warning":
      return <Warning20Filled aria-hidden className={styles.warning} />;
    case "done":
      return <CheckmarkCircle20Filled aria-hidden className={styles.done} />;
    case "open":
      return <Circle20Regular aria-hidden className={styles.open} />;
    case "help":
      return <QuestionCircle20Regular aria-hidden className={styles.open} />;
  }
}

export interface CycleNavProps {
  readonly language: Language;
  readonly cycle: CycleState;
  /** The steps' states, once the workbook has been read. */
  readonly states: readonly StepState[] | undefined;
  readonly view: PaneView;
  /** Prefix of the tabs' and panels' ids. */
  readonly idPrefix: string;
  readonly onSelect: (view: PaneView) => void;
  readonly onRefresh: () => void;
}

/**
 * The top of the pane: the cycle (the plan's first period), what to do next, and the steps of
 * the month as a vertical tab list whose tabs say, in their accessible name too, where each
 * step stands.
 */
export function CycleNav({
  language,
  cycle,
  states,
  view,
  idPrefix,
  onSelect,
  onRefresh,
}: CycleNavProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const { status } = cycle;
  const next = status && states ? nextHint(status, states) : undefined;
  const stepName = (step: PaneView): string => t(STEP_LABELS[step]);

  // The tab's text is its accessible name: the step, a separator only screen readers hear,
  // then where the step stands ("Data: 2 problems").
  const tab = (step: PaneView, tone: StepTone | "help", state: string): React.JSX.Element => (
    <Tab
      key={step}
      value={step}
      id={tabId(idPrefix, step)}
      aria-controls={panelId(idPrefix, step)}
      icon={<ToneIcon tone={tone} />}
      className={styles.tab}
    >
      <span className={styles.tabText}>
        <span>
          {stepName(step)}
          <span className={styles.unseen}>{t("ui.step.nameSeparator")}</span>
        </span>
        <Caption1 className={styles.state}>{state}</Caption1>
      </span>
    </Tab>
  );

  return (
    <>
      <section className={styles.overview} aria-labelledby={`${idPrefix}-cycle`}>
        <div className={styles.headingRow}>
          <Subtitle2 as="h2" id={`${idPrefix}-cycle`} className={styles.heading}>
            {status ? t("ui.cycle.heading", { cycle: status.cycle }) : t("ui.steps.label")}
          </Subtitle2>
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowClockwise16Regular />}
            aria-describedby={`${idPrefix}-refresh`}
            onClick={onRefresh}
          >
            {t("ui.cycle.refresh")}
          </Button>
          <span id={`${idPrefix}-refresh`} hidden>
            {t("ui.cycle.refresh.description")}
          </span>
        </div>
        <div role="status" aria-live="polite">
          {cycle.reading && !status ? (
            <Spinner size="tiny" labelPosition="after" label={t("ui.cycle.reading")} />
          ) : null}
          {next ? (
            <Body1 as="p" className={styles.hint}>
              {stateText(language, [next.words])}{" "}
              {next.step !== view ? (
                <Link
                  as="button"
                  onClick={() => {
                    onSelect(next.step);
                  }}
                >
                  {t("ui.cycle.goTo", { step: stepName(next.step) })}
                </Link>
              ) : null}
            </Body1>
          ) : null}
        </div>
        {cycle.error !== undefined ? (
          <Trouble language={language} title={t("ui.cycle.readFailed")} message={cycle.error} />
        ) : null}
      </section>
      <TabList
        vertical
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => {
          const chosen = [...CYCLE_STEPS, "help" as const].find((step) => step === data.value);
          if (chosen) onSelect(chosen);
        }}
        aria-label={t("ui.steps.label")}
        className={styles.tabs}
      >
        {CYCLE_STEPS.map((step: CycleStep) => {
          const state = states?.find((candidate) => candidate.step === step);
          return tab(
            step,
            state?.tone ?? "open",
            state ? stateText(language, state.words) : t("ui.cycle.reading")
          );
        })}
        {tab("help", "help", t("ui.step.help.state"))}
      </TabList>
    </>
  );
}
