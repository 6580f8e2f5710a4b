// The pane's language as React context: Office's display language by default, switchable by the user.
import React, { createContext, useContext, useMemo, useState } from "react";
import { Lang } from "../core/findings";
import { Translate, translator } from "./i18n";

export interface LangState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
}

const LangContext = createContext<LangState>({ lang: "en", setLang: () => undefined, t: translator("en") });

export function LangProvider(props: { initial: Lang; children: React.ReactNode }) {
  const [lang, setLang] = useState<Lang>(props.initial);
  const value = useMemo(() => ({ lang, setLang, t: translator(lang) }), [lang]);
  return <LangContext.Provider value={value}>{props.children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

export { LangContext };
