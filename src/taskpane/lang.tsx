// The pane's language as React context: the user's last choice (remembered), else Office's or the browser's.
import React, { createContext, useCallback, useContext, useMemo, useState } from "react";
import { Lang } from "../core/findings";
import { Translate, translator } from "./i18n";

export interface LangState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
}

/** localStorage key of the remembered choice. */
export const LANG_KEY = "pyp-tracker.lang";

/** localStorage can be missing or throw (private windows, some Office web views): then nothing is remembered. */
function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function rememberedLang(): Lang | null {
  try {
    const saved = storage()?.getItem(LANG_KEY);
    return saved === "th" || saved === "en" ? saved : null;
  } catch {
    return null;
  }
}

function remember(lang: Lang): void {
  try {
    storage()?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered this time; the choice still applies to this page.
  }
}

const LangContext = createContext<LangState>({ lang: "en", setLang: () => undefined, t: translator("en") });

export function LangProvider(props: { initial: Lang; children: React.ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => rememberedLang() ?? props.initial);
  const setLang = useCallback((next: Lang) => {
    remember(next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang, t: translator(lang) }), [lang, setLang]);
  return <LangContext.Provider value={value}>{props.children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

export { LangContext };
