import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect } from "react";
import type { PlanningWorkbook } from "../workbook";
import type { Language } from "../i18n";
import { ActionBar } from "./ActionBar";
import { FormulaReference } from "./FormulaReference";
import { Header } from "./Header";
import { RunResult } from "./RunResult";
import { Section } from "./Section";
import { SetupPanel } from "./SetupPanel";
import { localeOf, translator } from "./strings";
import { useActionLock } from "./useActionLock";
import { useLanguage } from "./useLanguage";
import { DecisionLog } from "./DecisionLog";
import { MeetingPack } from "./MeetingPack";
import { useVersions } from "./useVersions";
import { useWorkflow } from "./useWorkflow";
import { VersionsSection } from "./VersionsSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  /** Everything the pane does to the workbook goes through this; the pane never calls Office. */
  readonly workbook: PlanningWorkbook;
  /** The language until the workbook's saved one is read: Excel's display language. */
  readonly initialLanguage: Language;
  /** Hears the pane's language whenever it changes (the playground's page follows it). */
  readonly onLanguageChange?: (language: Language) => void;
}

export function App({ workbook, initialLanguage, onLanguageChange }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const { language, choose, error } = useLanguage(workbook, initialLanguage);
  useEffect(() => {
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);
  // One action at a time across the pane: plan runs and version operations share the lock.
  const lock = useActionLock();
  const { setup, run, refresh, start } = useWorkflow(workbook, language, lock);
  const versions = useVersions(workbook, language, lock, refresh);
  const showSheet = useCallback((sheet: string) => workbook.showSheet(sheet), [workbook]);
  const t = translator(language);

  return (
    <main className={styles.root} lang={localeOf(language)}>
      <Header language={language} onLanguageChange={choose} error={error} />
      <SetupPanel language={language} setup={setup} onRefresh={refresh} />
      <Section title={t("ui.actions.heading")}>
        <ActionBar language={language} setup={setup} running={lock.busy} onRun={start} />
        <RunResult language={language} run={run} onShowSheet={showSheet} />
      </Section>
      <VersionsSection
        language={language}
        versions={versions}
        busy={lock.busy}
        onShowSheet={showSheet}
      />
      <DecisionLog workbook={workbook} language={language} lock={lock} onShowSheet={showSheet} />
      <MeetingPack workbook={workbook} language={language} lock={lock} onShowSheet={showSheet} />
      <FormulaReference language={language} />
    </main>
  );
}
