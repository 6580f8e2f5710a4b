// What an action wrote: sheets (click to activate in Excel) or the file saved, plus any degradation notes.
import React from "react";
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PaneHost, WriteResult } from "../host/pane-host";
import { saveFile } from "./download";
import { useLang } from "./lang";
import { Note, Problem } from "./Problem";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  detail: { color: tokens.colorNeutralForeground3 },
});

export function WrittenList(props: { host: PaneHost; result: WriteResult }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const action = useAction();
  const { result, host } = props;
  const navigate = host.capabilities.navigate && !result.download;
  return (
    <div className={styles.block} data-testid="written">
      {result.download && (
        <Note intent="success">
          {t("fileSaved", { file: result.download.fileName })}{" "}
          <Link as="button" inline onClick={() => saveFile(result.download!)}>
            {t("downloadFile", { file: result.download.fileName })}
          </Link>
        </Note>
      )}
      {result.sheets.length > 0 && (
        <>
          <Text weight="semibold">{t("sheetsMade")}</Text>
          <ul className={styles.list}>
            {result.sheets.map((sheet) => (
              <li key={sheet.name}>
                {navigate ? (
                  <Link as="button" onClick={() => action.run(() => host.activateSheet(sheet.name))}>
                    {sheet.name}
                  </Link>
                ) : (
                  <Text>{sheet.name}</Text>
                )}
                {(sheet.charts > 0 || sheet.replaced) && (
                  <Text className={styles.detail} size={200}>
                    {" · "}
                    {[sheet.charts > 0 ? t("sheetCharts", { count: sheet.charts }) : "", sheet.replaced ? t("sheetReplaced") : ""]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.notes.map((note) => (
        <Note key={note.en}>{t("note", { text: note[lang] })}</Note>
      ))}
      <Problem error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
