// The one FluentProvider of a page, with language context, the root error boundary and the header.
import React from "react";
import { FluentProvider, Select, Text, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { Lang } from "../core/findings";
import { ErrorBoundary } from "./ErrorBoundary";
import { MessageKey } from "./i18n";
import { LangProvider, useLang } from "./lang";
import { ThemeName, fluentTheme } from "./theme";

// The provider paints the whole page, edge to edge (in Excel's dark theme a white margin would frame it).
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  page: {
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "960px",
    marginLeft: "auto",
    marginRight: "auto",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  lang: { minWidth: "110px" },
});

function Header(props: { titleKey: MessageKey }) {
  const styles = useStyles();
  const { lang, setLang, t } = useLang();
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold">
        {t(props.titleKey)}
      </Text>
      <Select className={styles.lang} size="small" aria-label={t("language")} value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
        <option value="th" lang="th">
          {t("langThai")}
        </option>
        <option value="en" lang="en">
          {t("langEnglish")}
        </option>
      </Select>
    </header>
  );
}

/** Keeps the document's lang attribute in step with the pane (screen readers and Thai line breaking use it). */
function DocumentLang() {
  const { lang } = useLang();
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

export function PaneRoot(props: { lang: Lang; theme: ThemeName; titleKey?: MessageKey; children: React.ReactNode }) {
  useGlobalStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(props.theme)} className={styles.provider}>
      <LangProvider initial={props.lang}>
        <DocumentLang />
        <main className={styles.page}>
          <Header titleKey={props.titleKey ?? "appTitle"} />
          <ErrorBoundary>{props.children}</ErrorBoundary>
        </main>
      </LangProvider>
    </FluentProvider>
  );
}
