import { Caption1 } from "@fluentui/react-components";
import type { Language } from "../i18n";
import type { RangeChange } from "../workbook";
import { translator } from "./strings";
import { formatPreviewValue } from "./versions";

/** The first cells a write would change, `Plan!C5: 1,000 → 1,100`, as the previews list them. */
export function ChangeExamples({
  language,
  change,
  className,
}: {
  readonly language: Language;
  readonly change: RangeChange;
  readonly className?: string;
}): React.JSX.Element | null {
  const t = translator(language);
  if (change.examples.length === 0) return null;
  return (
    <ul className={className}>
      {change.examples.map((example) => (
        <li key={example.cell}>
          <Caption1>
            {t("ui.restore.example", {
              cell: example.cell,
              from: formatPreviewValue(language, example.from),
              to: formatPreviewValue(language, example.to),
            })}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
