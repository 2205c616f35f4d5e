/**
 * @module The interface text of the contact pages in English and Simplified Chinese, in one
 * table so that a translation is checked and changed in one place. Pure data.
 */
import type { ContactKind, MessagingApp } from "../../model/contact";
import type { UiText } from "./bilingual";

/** Every fixed text of the contact card and page. */
export const TEXTS = {
  phones: { en: "Phone", "zh-Hans": "电话" },
  address: { en: "Address", "zh-Hans": "地址" },
  hours: { en: "Opening hours", "zh-Hans": "办公时间" },
  call: { en: "Call", "zh-Hans": "拨打" },
  sms: { en: "Send a text", "zh-Hans": "发短信" },
  messagesOnly: { en: "Messages only: this number does not take calls.", "zh-Hans": "仅限信息，此号码不接听电话。" },
  fax: { en: "Fax", "zh-Hans": "传真" },
  download: { en: "Download contact card", "zh-Hans": "下载名片" },
  downloadV4: { en: "vCard 4.0 for newer apps", "zh-Hans": "较新应用可用 4.0 版" },
  scan: { en: "Scan to save the contact", "zh-Hans": "扫码保存联系人" },
  scanUrl: { en: "Scan to download the contact card", "zh-Hans": "扫码下载名片" },
  qrLabel: { en: "QR code of the contact card", "zh-Hans": "名片二维码" },
  directory: { en: "All contacts", "zh-Hans": "全部联系人" },
  api: { en: "JSON API", "zh-Hans": "JSON 接口" },
  updated: { en: "Updated", "zh-Hans": "更新于" },
  notFound: { en: "Contact not found", "zh-Hans": "未找到联系人" },
  notFoundDetail: {
    en: "There is no contact with this address. It may have moved.",
    "zh-Hans": "此链接没有对应的联系人，可能已经更改。",
  },
  home: { en: "Main contact", "zh-Hans": "主要联系方式" },
  fullPage: { en: "Full contact page", "zh-Hans": "完整联系页面" },
  email: { en: "Email", "zh-Hans": "电子邮件" },
  website: { en: "Website", "zh-Hans": "网站" },
} as const satisfies Record<string, UiText>;

/** What kind of contact this is, shown under the name. */
export const KIND_TEXTS: Record<ContactKind, UiText> = {
  organisation: { en: "Organisation", "zh-Hans": "机构" },
  office: { en: "Office", "zh-Hans": "办公室" },
  person: { en: "Person", "zh-Hans": "人员" },
};

/** The chat link of each messaging app. */
export const CHAT_TEXTS: Record<MessagingApp, UiText> = {
  whatsapp: { en: "Chat on WhatsApp", "zh-Hans": "通过 WhatsApp 发信息" },
  signal: { en: "Chat on Signal", "zh-Hans": "通过 Signal 发信息" },
  telegram: { en: "Chat on Telegram", "zh-Hans": "通过 Telegram 发信息" },
};
