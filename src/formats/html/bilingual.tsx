/**
 * @module Bilingual text: the English, then the Chinese in its own element with
 * `lang="zh-Hans"` (WCAG 2.2 §3.1.2), so each is read and rendered in its language. Pure.
 */
import type { Localized } from "../../model/contact";

/** Fixed interface text in both languages. */
export type UiText = { readonly en: string; readonly "zh-Hans": string };

/** Props of {@link Bilingual}. */
export interface BilingualProps {
  readonly text: Localized;
  /** A class for both spans (e.g. `p-name` for microformats). */
  readonly class?: string;
}

/** `<span lang="en">…</span> <span lang="zh-Hans" class="zh">…</span>`; the Chinese only when known. */
export function Bilingual({ text, class: extra }: BilingualProps) {
  const zh = text["zh-Hans"];
  return (
    <>
      <span lang="en" class={extra}>
        {text.en}
      </span>
      {zh ? (
        <>
          {" "}
          <span lang="zh-Hans" class={extra ? `zh ${extra}` : "zh"}>
            {zh}
          </span>
        </>
      ) : null}
    </>
  );
}
