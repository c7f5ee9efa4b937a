import type { Forecaster, SolverLoader } from "../../workbook";
import {
  AriaLiveAnnouncer,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { DismissRegular, FolderOpenRegular, SaveRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { describeWorkbookProblem, type Language } from "../../i18n";
import { App } from "../../taskpane/App";
import { translator, type Translate } from "../../taskpane/strings";
import { downloadFile } from "../../taskpane/files";
import { FORMULAS, type PlaygroundBook, createPlaygroundBook } from "./playgroundBook";
import { RibbonBar } from "./RibbonBar";
import { WorkbookView } from "./WorkbookView";
import { describeXlsxNote, describeXlsxRefusal } from "./xlsxWords";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  topBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: "#217346",
    color: "#FFFFFF",
    flexShrink: 0,
  },
  title: {
    margin: 0,
    color: "#FFFFFF",
    flexGrow: 1,
  },
  fileName: {
    color: "#FFFFFF",
    opacity: 0.85,
  },
  messages: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    flexShrink: 0,
  },
  main: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeftWidth: "1px",
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  loading: {
    margin: "auto",
  },
  hidden: {
    display: "none",
  },
});

/** A notice over the grid, worded when shown: it follows the pane's language if that changes. */
interface Notice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title: (t: Translate) => string;
  readonly lines: (language: Language) => readonly string[];
}

const NO_LINES = (): readonly string[] => [];

interface Loaded {
  readonly book: PlaygroundBook;
  /** Remounts the taskpane for each workbook opened, as Excel loads the add-in per workbook. */
  readonly generation: number;
  readonly fileName: string;
}

const DEFAULT_FILE_NAME = "sop-playground.xlsx";

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * The whole add-in without Excel: the workbook on the left (the Excel stand-in with HyperFormula),
 * the add-in's own taskpane on the right, talking to that workbook through the Excel layer.
 */
export function Playground({
  language,
  forecaster,
  solver,
}: {
  readonly language: Language;
  /** The page's Web Worker pool for the demand review (index.tsx makes it). */
  readonly forecaster?: Forecaster;
  /** The supply review's solver (index.tsx loads it). */
  readonly solver?: SolverLoader;
}): React.JSX.Element {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState<"open" | "save">();
  // The page speaks the pane's language, which the planner may switch.
  const [pageLanguage, setPageLanguage] = useState<Language>(language);
  const t = translator(pageLanguage);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const paneRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    let current = true;
    const book = createPlaygroundBook(undefined, DEFAULT_FILE_NAME, forecaster, solver);
    // The page starts as a planner does after "Insert sample data".
    book.planning.insertSampleData({ language }).then(
      (outcome) => {
        if (!current) return;
        setLoaded({ book, generation: 1, fileName: DEFAULT_FILE_NAME });
        if (!outcome.ok) {
          setNotice({
            intent: "error",
            title: (t) => t("ui.playground.sampleFailed"),
            lines: (shown) => outcome.problems.map((p) => describeWorkbookProblem(shown, p)),
          });
        }
      },
      (error: unknown) => {
        if (!current) return;
        setLoaded({ book, generation: 1, fileName: DEFAULT_FILE_NAME });
        setNotice({
          intent: "error",
          title: (t) => t("ui.playground.sampleFailed"),
          lines: () => [reasonOf(error)],
        });
      }
    );
    return () => {
      current = false;
    };
  }, [language, forecaster, solver]);

  const open = async (file: File) => {
    setBusy("open");
    try {
      const { openXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx");
      const outcome = await openXlsx(await file.arrayBuffer(), file.name, { formulas: FORMULAS });
      if (!outcome.ok) {
        setNotice({
          intent: "error",
          title: (t) => t("ui.playground.notOpened"),
          lines: (shown) => [describeXlsxRefusal(shown, file.name, outcome.refusal)],
        });
        return;
      }
      setLoaded((previous) => ({
        book: createPlaygroundBook(outcome.book, file.name, forecaster, solver),
        generation: (previous?.generation ?? 0) + 1,
        fileName: file.name,
      }));
      setNotice(
        outcome.notes.length > 0
          ? {
              intent: "warning",
              title: (t) => t("ui.playground.openedWithChanges", { file: file.name }),
              lines: (shown) => outcome.notes.map((note) => describeXlsxNote(shown, note)),
            }
          : {
              intent: "success",
              title: (t) => t("ui.playground.opened", { file: file.name }),
              lines: NO_LINES,
            }
      );
    } catch (error) {
      setNotice({
        intent: "error",
        title: (t) => t("ui.playground.notOpened"),
        lines: (shown) => [
          translator(shown)("ui.playground.unreadable", {
            file: file.name,
            reason: reasonOf(error),
          }),
        ],
      });
    } finally {
      setBusy(undefined);
    }
  };

  const save = async () => {
    if (!loaded) return;
    setBusy("save");
    try {
      const { saveXlsx, XLSX_MIME_TYPE } = await import(/* webpackChunkName: "xlsx" */ "../xlsx");
      const { data, notes } = await saveXlsx(loaded.book.standIn);
      downloadFile(data, loaded.fileName, XLSX_MIME_TYPE);
      setNotice(
        notes.length > 0
          ? {
              intent: "warning",
              title: (t) => t("ui.playground.savedWithChanges", { file: loaded.fileName }),
              lines: (shown) => notes.map((note) => describeXlsxNote(shown, note)),
            }
          : {
              intent: "success",
              title: (t) => t("ui.playground.saved", { file: loaded.fileName }),
              lines: NO_LINES,
            }
      );
    } catch (error) {
      setNotice({
        intent: "error",
        title: (t) => t("ui.playground.notSaved"),
        lines: () => [reasonOf(error)],
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className={styles.root}>
      <header className={styles.topBar}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {t("ui.playground.title")}
        </Text>
        {loaded ? <Text className={styles.fileName}>{loaded.fileName}</Text> : null}
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t("ui.playground.open")}
          className={styles.hidden}
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // The same file can be chosen again.
            event.currentTarget.value = "";
            if (file) void open(file);
          }}
        />
        <Button
          icon={<FolderOpenRegular />}
          disabled={busy !== undefined || !loaded}
          onClick={() => fileInput.current?.click()}
        >
          {t("ui.playground.open")}
        </Button>
        <Button
          icon={<SaveRegular />}
          disabled={busy !== undefined || !loaded}
          onClick={() => {
            void save();
          }}
        >
          {t("ui.playground.save")}
        </Button>
      </header>
      {loaded ? (
        <RibbonBar
          language={pageLanguage}
          workbook={loaded.book.planning}
          onOpenPlanner={() => {
            paneRef.current
              ?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')
              ?.focus();
          }}
        />
      ) : null}
      {notice ? (
        <div className={styles.messages}>
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{notice.title(t)}</MessageBarTitle>
              {notice.lines(pageLanguage).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t("ui.playground.dismiss")}
                  icon={<DismissRegular />}
                  onClick={() => {
                    setNotice(undefined);
                  }}
                />
              }
            />
          </MessageBar>
        </div>
      ) : null}
      <div className={styles.main}>
        <section className={styles.workbook} aria-label={t("ui.playground.workbook")}>
          {loaded ? (
            <WorkbookView key={loaded.generation} book={loaded.book} language={pageLanguage} />
          ) : (
            <Spinner className={styles.loading} label={t("ui.playground.inserting")} />
          )}
        </section>
        <div className={styles.pane} ref={paneRef}>
          {loaded ? (
            <FluentProvider theme={webLightTheme}>
              <AriaLiveAnnouncer>
                <App
                  key={loaded.generation}
                  workbook={loaded.book.planning}
                  initialLanguage={language}
                  onLanguageChange={setPageLanguage}
                  saveFile={downloadFile}
                />
              </AriaLiveAnnouncer>
            </FluentProvider>
          ) : null}
        </div>
      </div>
    </div>
  );
}
