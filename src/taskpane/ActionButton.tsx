import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
  type ButtonProps,
} from "@fluentui/react-components";
import { Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import { useId } from "react";

const useStyles = makeStyles({
  action: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  reason: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  // Why a button waits is a hint when nothing is wrong before the planner acts …
  hint: { color: tokens.colorNeutralForeground3 },
  // … and a warning when the workbook lacks what the action needs.
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  reasonIcon: {
    flexShrink: 0,
  },
});

export interface ActionButtonProps {
  readonly label: string;
  readonly description: string;
  /** Why the button cannot act yet; undefined when it can. */
  readonly reason?: string | undefined;
  /** A warning (the inputs it needs are missing) rather than a hint (pick a version first). */
  readonly warning?: boolean;
  /** Another action of the pane is running. */
  readonly busy: boolean;
  readonly icon?: ButtonProps["icon"];
  readonly primary?: boolean;
  readonly onClick: () => void;
}

/**
 * An action's button with its description under it, and why it waits when it does. Disabled but
 * focusable: keyboard users reach it and hear why (aria-describedby), and the button that started
 * an action keeps the focus while it runs.
 */
export function ActionButton({
  label,
  description,
  reason,
  warning = false,
  busy,
  icon,
  primary = false,
  onClick,
}: ActionButtonProps): React.JSX.Element {
  const styles = useStyles();
  const idPrefix = useId();
  const descriptionId = `${idPrefix}-description`;
  const reasonId = `${idPrefix}-reason`;
  // Restore and roll forward open a confirmation: the focus comes back here when it closes.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <div className={styles.action}>
      <Button
        {...restoreFocus}
        appearance={primary ? "primary" : "secondary"}
        icon={icon}
        disabledFocusable={busy || reason !== undefined}
        aria-describedby={reason === undefined ? descriptionId : `${reasonId} ${descriptionId}`}
        onClick={onClick}
      >
        {label}
      </Button>
      {reason !== undefined ? (
        <Caption1
          id={reasonId}
          className={mergeClasses(styles.reason, warning ? styles.warning : styles.hint)}
        >
          {warning ? (
            <Warning16Filled aria-hidden className={styles.reasonIcon} />
          ) : (
            <Info16Regular aria-hidden className={styles.reasonIcon} />
          )}
          {reason}
        </Caption1>
      ) : null}
      <Caption1 id={descriptionId}>{description}</Caption1>
    </div>
  );
}
