// Page helpers read the page's globals (URL, localStorage) so that components need not: pages pass what they read.
import {t as pick, translator, type Lang} from "../components/lang.js";

export {translator, type Lang};

/** The interface language: "zh" or "en", from ?lang= in the URL, else the last choice saved in localStorage, else "zh". */
export function currentLang(): "zh" | "en" {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  if (fromUrl === "zh" || fromUrl === "en") {
    try {
      localStorage.setItem("fazhi-lang", fromUrl);
    } catch {
      // storage may be unavailable (private mode, file://): the URL still carries the choice
    }
    return fromUrl;
  }
  try {
    const saved = localStorage.getItem("fazhi-lang");
    if (saved === "zh" || saved === "en") return saved;
  } catch {
    // ignore
  }
  return "zh";
}

/** Picks the label for the current language (currentLang unless given); a missing English label falls back to Chinese. */
export function t(zh: string, en?: string | null, lang: Lang = currentLang()): string {
  return pick(zh, en, lang);
}

/** A link that switches the language, keeping the rest of the URL (view state) as it is. */
export function langToggle(lang = currentLang()): HTMLAnchorElement {
  const url = new URL(location.href);
  url.searchParams.set("lang", lang === "zh" ? "en" : "zh");
  const a = document.createElement("a");
  a.href = url.href;
  a.className = "lang-toggle";
  a.textContent = lang === "zh" ? "English" : "中文";
  a.setAttribute("aria-label", lang === "zh" ? "Switch to English" : "切换到中文");
  a.addEventListener("click", () => {
    try {
      localStorage.setItem("fazhi-lang", lang === "zh" ? "en" : "zh");
    } catch {
      // ignore
    }
  });
  return a;
}
