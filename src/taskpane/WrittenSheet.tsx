import { messageOf } from "../workbook";
import { Button, makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import { useState } from "react";
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
  /** Activates the sheet in the workbook. */
  readonly onShowSheet: (sheet: string) => Promise<void>;
}

/**
 * The button that opens a sheet the add-in wrote, why the sheet has another name if it has, and
 * why it could not be opened if it could not (under the button that was pressed).
 */
export function WrittenSheet({
  language,
  sheet,
  preferredSheet,
  onShowSheet,
}: WrittenSheetProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <>
      <Button
        className={styles.open}
        icon={<Open16Regular />}
        onClick={() => {
          setError(undefined);
          onShowSheet(sheet).catch((reason: unknown) => {
            setError(messageOf(reason));
          });
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
      {error !== undefined ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("ui.error.showSheet", { sheet, message: error })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
