/**
 * @module The stylesheet of every HTML page (contact page, embed, directory, errors): system
 * fonts only (no request leaves the origin), light and dark schemes, visible keyboard focus,
 * tap targets of at least 44 CSS px (WCAG 2.2 §2.5.5), one column on phones and two from
 * 48em. Inlined in each page and allowed by its SHA-256 in the Content-Security-Policy
 * (CSP Level 3 §8.3 "hash-source"), so the policy needs no 'unsafe-inline'. Pure data.
 */

/** The CSS text, byte for byte what the policy's hash covers. */
export const PAGE_CSS = `:root{color-scheme:light dark;--fg:#1b1b1f;--muted:#4a4a55;--bg:#f6f6f9;--card:#fff;--line:#d5d5de;--link:#0b57d0;--accent:#0b57d0;--on-accent:#fff;--focus:#b3261e}
@media (prefers-color-scheme:dark){:root{--fg:#ececf1;--muted:#b4b4c0;--bg:#121216;--card:#1d1d23;--line:#3a3a45;--link:#a8c7fa;--accent:#a8c7fa;--on-accent:#0a1f44;--focus:#ffb4ab}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
:lang(zh-Hans){font-family:system-ui,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:4px}
.page{max-width:60rem;margin:0 auto;padding:1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1.25rem}
.card+.card{margin-top:1rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
h1 .zh,h2 .zh{display:block;font-size:.8em;font-weight:600;color:var(--muted)}
h2 .zh{display:inline;margin-left:.4em}
.kind{margin:0;color:var(--muted)}
ul.plain{list-style:none;margin:0;padding:0}
.phone{padding:.5rem 0;border-top:1px solid var(--line)}
.phone:first-child{border-top:0}
.label{display:block;color:var(--muted);font-size:.95rem}
.number{font-size:1.15rem;font-variant-numeric:tabular-nums;white-space:nowrap}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.35rem}
.button{display:inline-block;min-height:44px;padding:.55rem 1.1rem;border-radius:22px;border:2px solid var(--accent);color:var(--accent);font-weight:600;line-height:1.35;text-align:center;text-decoration:none}
.button.primary{background:var(--accent);color:var(--on-accent)}
.button .zh,figcaption .zh{white-space:nowrap}
.button:hover{text-decoration:underline}
.note{color:var(--muted);font-size:.95rem;margin:.25rem 0 0}
address{font-style:normal}
.adr{margin:0 0 .25rem}
.adr+.map{display:inline-block;min-height:44px;padding:.6rem 0}
.download{margin:1.5rem 0 0;display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
.embed{padding:.5rem}
.call .number{font-size:1.1rem}
.qr{margin:0;text-align:center}
.qr svg{display:block;width:100%;max-width:24rem;height:auto;margin:0 auto;background:#fff;border-radius:8px}
.qr figcaption{color:var(--muted);margin-top:.5rem}
footer{margin-top:1rem;color:var(--muted);font-size:.9rem}
footer ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
footer li{padding:.6rem 0}
@media (max-width:30em){.button{display:block;width:100%}}
@media (min-width:48em){.page{padding:2rem}.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,26rem);gap:1.5rem;align-items:start}.layout>.card+.card{margin-top:0}h1{font-size:2.25rem}}
@media print{body{background:#fff}.card{border:0}.download,footer{display:none}}`;
