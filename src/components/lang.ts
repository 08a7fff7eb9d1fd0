/** The interface language. Components take it as an argument; pages read it with currentLang (src/page/lang.ts). */
export type Lang = "zh" | "en";

/** Picks the label for the language; a missing English label falls back to Chinese. */
export function t(zh: string, en: string | null | undefined, lang: Lang): string {
  return lang === "en" && en ? en : zh;
}

/** t bound to one language: `const tr = translator(lang); tr("文件", "Documents")`. */
export function translator(lang: Lang): (zh: string, en?: string | null) => string {
  return (zh, en) => t(zh, en, lang);
}
