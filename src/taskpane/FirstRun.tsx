// The first-run panel: what the product does in three lines, with the sample and the blank template one click away.
import React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLang } from "./lang";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** `onSample` is offered where a sample can be opened (the workspace); the template everywhere. */
export function FirstRun(props: { onSample?: () => void; onTemplate: () => void; busy: boolean }) {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <section className={styles.panel} aria-labelledby="first-run-title" data-testid="first-run">
      <Text as="h2" id="first-run-title" weight="semibold" size={400}>
        {t("firstRunTitle")}
      </Text>
      <ol className={styles.list}>
        <li>{t("firstRun1")}</li>
        <li>{t("firstRun2")}</li>
        <li>{t("firstRun3")}</li>
      </ol>
      <div className={styles.actions}>
        {props.onSample && (
          <Button appearance="primary" onClick={props.onSample} disabled={props.busy}>
            {t("openSample")}
          </Button>
        )}
        <Button onClick={props.onTemplate} disabled={props.busy}>
          {t(props.onSample ? "getTemplate" : "makeTemplate")}
        </Button>
      </div>
    </section>
  );
}
