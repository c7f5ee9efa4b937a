import { Button, makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import type { Language } from "../i18n";
import { translator } from "./strings";

const useStyles = makeStyles({
  open: { alignSelf: "flex-start" },
});

export interface WrittenSheetProps {
  readonly language: Language;
  /** The sheet written. */
  readonly sheet: string;
  /** Set when the contract's sheet name belongs to a sheet of the planner's. */
  readonly preferredSheet?: string | undefined;
  readonly onShowSheet: (sheet: string) => void;
}

/** After a sheet was written: the button that opens it, and why it has another name, if it has. */
export function WrittenSheet({
  language,
  sheet,
  preferredSheet,
  onShowSheet,
}: WrittenSheetProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  return (
    <>
      <Button
        className={styles.open}
        icon={<Open16Regular />}
        onClick={() => {
          onShowSheet(sheet);
        }}
      >
        {t("ui.summary.openSheet", { sheet })}
      </Button>
      {preferredSheet !== undefined ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t("ui.summary.preferredSheet", { preferred: preferredSheet, sheet })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
