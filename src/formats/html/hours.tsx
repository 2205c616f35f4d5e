/**
 * @module Opening hours in both languages ("Mon–Fri 09:00–18:00 (Asia/Shanghai)"), as
 * `<time>`-free text: a weekly schedule is not a moment in time. Pure.
 */
import type { Hours, Weekday } from "../../model/contact";
import { Bilingual } from "./bilingual";

const DAY_NAMES: Record<Weekday, { readonly en: string; readonly "zh-Hans": string }> = {
  mo: { en: "Mon", "zh-Hans": "周一" },
  tu: { en: "Tue", "zh-Hans": "周二" },
  we: { en: "Wed", "zh-Hans": "周三" },
  th: { en: "Thu", "zh-Hans": "周四" },
  fr: { en: "Fri", "zh-Hans": "周五" },
  sa: { en: "Sat", "zh-Hans": "周六" },
  su: { en: "Sun", "zh-Hans": "周日" },
};

/** Days as written in `lang`: "Mon, Wed, Fri" / "周一、周三、周五". */
function daysIn(days: readonly Weekday[], lang: "en" | "zh-Hans"): string {
  return days.map((d) => DAY_NAMES[d][lang]).join(lang === "en" ? ", " : "、");
}

/** Props of {@link OpeningHours}. */
export interface OpeningHoursProps {
  readonly hours: Hours;
}

/** The weekly periods as a list, with the time zone they are in and the note. */
export function OpeningHours({ hours }: OpeningHoursProps) {
  return (
    <>
      <ul class="plain">
        {hours.weekly.map((period) => (
          <li>
            <Bilingual text={{ en: daysIn(period.days, "en"), "zh-Hans": daysIn(period.days, "zh-Hans") }} />{" "}
            <span lang="en">
              {period.opens}–{period.closes}
            </span>
          </li>
        ))}
      </ul>
      <p class="note" lang="en">
        {hours.timeZone}
      </p>
      {hours.note ? (
        <p class="note">
          <Bilingual text={hours.note} />
        </p>
      ) : null}
    </>
  );
}
