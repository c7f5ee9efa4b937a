import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type { PlanningWorkbook } from "../workbook";
import type { Language } from "../i18n";
import { ActionBar } from "./ActionBar";
import { Trouble } from "./ActionFeedback";
import { CycleNav, panelId, tabId } from "./CycleNav";
import { landingStep, stepStates, type PaneView } from "./cycleSteps";
import { DecisionLog } from "./DecisionLog";
import { DemandReview } from "./DemandReview";
import { FormulaReference } from "./FormulaReference";
import { Header } from "./Header";
import { MeetingPack } from "./MeetingPack";
import { ApprovePlan } from "./ApprovePlan";
import { ImportExtract } from "./ImportExtract";
import { RollForwardPanel } from "./RollForwardPanel";
import { RunResult } from "./RunResult";
import { Section } from "./Section";
import { SupplyReview } from "./SupplyReview";
import { SetupPanel } from "./SetupPanel";
import { localeOf, translator } from "./strings";
import { useActionLock } from "./useActionLock";
import { useCycle } from "./useCycle";
import { useLanguage } from "./useLanguage";
import { useVersions } from "./useVersions";
import { useWorkflow } from "./useWorkflow";
import { VersionsSection } from "./VersionsSection";
import { WhatIfPanel } from "./WhatIfPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    // A class's display would override the hidden attribute's.
    "&[hidden]": { display: "none" },
  },
});

export interface AppProps {
  /** Everything the pane does to the workbook goes through this; the pane never calls Office. */
  readonly workbook: PlanningWorkbook;
  /** The language until the workbook's saved one is read: Excel's display language. */
  readonly initialLanguage: Language;
  /** Hears the pane's language whenever it changes (the playground's page follows it). */
  readonly onLanguageChange?: (language: Language) => void;
  /** Hands a file to the planner (a browser download): the approved plan's CSV. */
  readonly saveFile?: (bytes: Uint8Array, fileName: string, type: string) => void;
}

/**
 * The pane as the monthly cycle: where the cycle stands and what to do next on top, then one
 * step at a time (data, demand review, supply review, meeting, execute) and the help. Steps not
 * shown stay mounted, hidden, so a half-typed form survives a look at another step.
 */
export function App({
  workbook,
  initialLanguage,
  onLanguageChange,
  saveFile,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const { language, choose, error } = useLanguage(workbook, initialLanguage);
  useEffect(() => {
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);
  // One action at a time across the pane: plan runs and version operations share the lock.
  const lock = useActionLock();
  const { setup, run, refresh, start } = useWorkflow(workbook, language, lock);
  const versions = useVersions(workbook, language, lock, refresh);
  const cycle = useCycle(workbook, lock);
  const showSheet = useCallback((sheet: string) => workbook.showSheet(sheet), [workbook]);
  const t = translator(language);
  const idPrefix = useId();

  const { status } = cycle.state;
  const states = useMemo(() => (status ? stepStates(status) : undefined), [status]);
  // The pane opens on the first step that needs attention when it was opened, until the
  // planner picks one: a step done meanwhile does not move the pane away.
  const [chosen, setChosen] = useState<PaneView>();
  const { first } = cycle.state;
  const landing = useMemo(() => (first ? landingStep(stepStates(first)) : "data"), [first]);
  const view = chosen ?? landing;
  const recheck = useCallback(() => {
    refresh();
    cycle.refresh();
  }, [refresh, cycle]);

  const panel = (shown: PaneView, children: React.ReactNode): React.JSX.Element => (
    <div
      role="tabpanel"
      id={panelId(idPrefix, shown)}
      aria-labelledby={tabId(idPrefix, shown)}
      hidden={view !== shown}
      className={styles.panel}
    >
      {children}
    </div>
  );
  const problems = status?.problems ?? [];

  return (
    <main className={styles.root} lang={localeOf(language)}>
      <Header language={language} onLanguageChange={choose} error={error} />
      <CycleNav
        language={language}
        cycle={cycle.state}
        states={states}
        view={view}
        idPrefix={idPrefix}
        onSelect={setChosen}
        onRefresh={recheck}
      />
      {panel(
        "data",
        <>
          <SetupPanel language={language} setup={setup} onRefresh={recheck} />
          {problems.length > 0 ? (
            <Trouble language={language} title={t("ui.data.problems")} problems={problems} />
          ) : null}
          <ImportExtract
            workbook={workbook}
            language={language}
            lock={lock}
            onShowSheet={showSheet}
            onChanged={recheck}
          />
          <Section title={t("ui.sample.heading")}>
            <ActionBar
              language={language}
              actions={["sample"]}
              setup={setup}
              running={lock.busy}
              onRun={start}
            />
            <RunResult language={language} actions={["sample"]} run={run} onShowSheet={showSheet} />
          </Section>
        </>
      )}
      {panel(
        "demand",
        <DemandReview
          workbook={workbook}
          language={language}
          lock={lock}
          onShowSheet={showSheet}
          onChanged={recheck}
        />
      )}
      {panel(
        "supply",
        <>
          <SupplyReview
            workbook={workbook}
            language={language}
            lock={lock}
            onShowSheet={showSheet}
            onChanged={recheck}
            onSaveVersion={() => {
              setChosen("meeting");
            }}
          />
          <Section title={t("ui.actions.heading")}>
            <ActionBar
              language={language}
              actions={["plan", "scenarios"]}
              setup={setup}
              running={lock.busy}
              onRun={start}
            />
            <RunResult
              language={language}
              actions={["plan", "scenarios"]}
              run={run}
              onShowSheet={showSheet}
            />
          </Section>
          <WhatIfPanel
            language={language}
            state={versions.state}
            action={versions.action}
            busy={lock.busy}
            onRun={versions.runWhatIf}
            onSave={(request) => {
              versions.save("saveWhatIf", request);
            }}
          />
        </>
      )}
      {panel(
        "meeting",
        <>
          <MeetingPack
            workbook={workbook}
            language={language}
            lock={lock}
            onShowSheet={showSheet}
          />
          <DecisionLog
            workbook={workbook}
            language={language}
            lock={lock}
            onShowSheet={showSheet}
          />
          <VersionsSection
            language={language}
            versions={versions}
            busy={lock.busy}
            onShowSheet={showSheet}
          />
        </>
      )}
      {panel(
        "execute",
        <>
          <ApprovePlan
            workbook={workbook}
            language={language}
            lock={lock}
            onShowSheet={showSheet}
            onChanged={recheck}
            {...(saveFile ? { saveFile } : {})}
          />
          <RollForwardPanel
            language={language}
            versions={versions}
            busy={lock.busy}
            rolledFrom={status?.rolledFrom}
          />
        </>
      )}
      {panel("help", <FormulaReference language={language} />)}
    </main>
  );
}
