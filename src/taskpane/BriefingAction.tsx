// The pane's Briefing action: the quarter's briefing page made from the shown figures, saved as one .html file.
import React, { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { briefingFileName, briefingHtml } from "../app/briefing";
import { CheckResult } from "../app/check";
import { HTML_MIME, saveFile } from "./download";
import { useLang } from "./lang";
import { Problem } from "./Problem";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Made here from the check already shown: the page's numbers are the pane's numbers, and nothing is uploaded. */
export function BriefingAction(props: { check: CheckResult }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  const make = () =>
    action.run(async () => {
      const fileName = briefingFileName(props.check);
      const bytes = new TextEncoder().encode(briefingHtml(props.check, lang));
      saveFile({ fileName, bytes }, document, HTML_MIME);
      setSaved(fileName);
    });
  return (
    <div className={styles.box} data-testid="briefing-action">
      <Button onClick={make} disabled={action.busy}>
        {t("briefingButton")}
      </Button>
      <Text size={200} className={styles.note}>
        {saved ? t("briefingSaved", { file: saved }) : t("briefingHint")}
      </Text>
      <Problem error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
