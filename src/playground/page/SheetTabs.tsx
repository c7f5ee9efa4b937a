import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, useRef } from "react";

/**
 * The sheet tabs under the grid, as the WAI-ARIA tabs pattern: one tab in the Tab order (the
 * selected one), arrow keys, Home and End move between tabs, and choosing a tab shows its sheet.
 * (Fluent's TabList puts focusable, aria-hidden guard elements into the list, which axe reports
 * as a serious violation, so the tabs are drawn here with Fluent's tokens instead.)
 */

const ACCENT = "#217346";

const useStyles = makeStyles({
  list: {
    display: "flex",
    alignItems: "stretch",
    gap: "2px",
    paddingLeft: tokens.spacingHorizontalS,
    minHeight: "30px",
  },
  tab: {
    display: "inline-flex",
    alignItems: "center",
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderTopWidth: 0,
    borderLeftWidth: 0,
    borderRightWidth: 0,
    borderBottomWidth: "3px",
    borderBottomStyle: "solid",
    borderBottomColor: "transparent",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    whiteSpace: "nowrap",
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1,
    },
    ":focus-visible": {
      outlineWidth: "2px",
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "-2px",
    },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: ACCENT,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: ACCENT,
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1,
      color: ACCENT,
    },
  },
});

export interface SheetTabsProps {
  /** The tab list's accessible name. */
  readonly label: string;
  readonly sheets: readonly string[];
  readonly selected: string;
  readonly onSelect: (sheet: string) => void;
}

export function SheetTabs({
  label,
  sheets,
  selected,
  onSelect,
}: SheetTabsProps): React.JSX.Element {
  const styles = useStyles();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = sheets.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const sheet = sheets[next];
    if (sheet === undefined) return;
    onSelect(sheet);
    tabs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {sheets.map((sheet, index) => {
        const isSelected = sheet === selected;
        return (
          <button
            key={sheet}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => {
              onSelect(sheet);
            }}
            onKeyDown={(event) => {
              onKeyDown(event, index);
            }}
          >
            {sheet}
          </button>
        );
      })}
    </div>
  );
}
