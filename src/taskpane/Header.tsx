import {
  Body1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { LANGUAGES, type Language } from "../i18n";
import { localeOf, translator } from "./strings";
import type { LanguageError } from "./useLanguage";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  titles: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  subtitle: {
    margin: 0,
  },
});

/** Each language is named in itself, so a planner finds theirs whatever the pane shows. */
const LANGUAGE_NAMES: Record<Language, string> = { en: "English", zh: "中文" };

export interface HeaderProps {
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly error?: LanguageError | undefined;
}

export function Header({ language, onLanguageChange, error }: HeaderProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title3 as="h1">{t("ui.title")}</Title3>
        <Body1 as="p" className={styles.subtitle}>
          {t("ui.subtitle")}
        </Body1>
      </div>
      <Field label={t("ui.language")}>
        <Dropdown
          value={LANGUAGE_NAMES[language]}
          selectedOptions={[language]}
          onOptionSelect={(_, data) => {
            const next = LANGUAGES.find((code) => code === data.optionValue);
            if (next) onLanguageChange(next);
          }}
        >
          {LANGUAGES.map((code) => (
            <Option key={code} value={code} text={LANGUAGE_NAMES[code]} lang={localeOf(code)}>
              {LANGUAGE_NAMES[code]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(error.key, { message: error.message })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </header>
  );
}
