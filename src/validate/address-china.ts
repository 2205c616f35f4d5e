/**
 * @module Rules for addresses in China: the province, city and district exist and contain each
 * other (GB/T 2260), and the postcode belongs to the province (Beijing's start with 10). Pure.
 */
import type { AddressPartsFile } from "../model/schema";
import {
  citiesOf,
  districtsOf,
  findProvince,
  isMunicipality,
  postcodePrefixes,
  provinceOfCity,
  provinces,
  type Province,
} from "./china-divisions";
import { matchPlaceName } from "./pinyin-match";
import { error, warning, type Finding } from "./problem";

/** Finds the province (and city) an address names, in Chinese or, failing that, in pinyin. */
function locate(
  en: AddressPartsFile,
  zh: AddressPartsFile | undefined,
): { province?: Province; city?: Province; findings: Finding[] } {
  const findings: Finding[] = [];
  if (zh) {
    if (zh.region) {
      const province = findProvince(zh.region);
      if (!province) {
        findings.push(
          error(
            "address-division",
            ["address", "zh-Hans", "region"],
            `${JSON.stringify(zh.region)} is not a province of China: expected a province such as 河北省 or 广东省 (leave it out for 北京市, 上海市, 天津市, 重庆市)`,
            "a province of China",
            zh.region,
          ),
        );
        return { findings };
      }
      if (!zh.locality) return { province, findings };
      if (isMunicipality(province)) return { province, city: province, findings };
      const city = citiesOf(province).find(
        (c) => c.name === zh.locality || c.name.replace(/市$/, "") === zh.locality!.replace(/市$/, ""),
      );
      if (!city)
        findings.push(
          warning(
            "address-division",
            ["address", "zh-Hans", "locality"],
            `${JSON.stringify(zh.locality)} is not a city of ${province.name}: expected one of ${citiesOf(province)
              .map((c) => c.name)
              .join("、")}`,
            `a city of ${province.name}`,
            zh.locality,
          ),
        );
      return city ? { province, city, findings } : { province, findings };
    }
    if (zh.locality) {
      const municipality = findProvince(zh.locality);
      if (municipality && isMunicipality(municipality)) return { province: municipality, city: municipality, findings };
      const found = provinceOfCity(zh.locality);
      if (found) return { ...found, findings };
      findings.push(
        warning(
          "address-division",
          ["address", "zh-Hans", "locality"],
          `${JSON.stringify(zh.locality)} is not a city of China that we know (GB/T 2260): expected a city such as 北京市 or 深圳市`,
          "a city of China",
          zh.locality,
        ),
      );
    }
    return { findings };
  }
  // English only: recognise the province or municipality from its pinyin.
  for (const name of [en.region, en.locality]) {
    const province = name ? provinces().find((p) => matchPlaceName(name, p.name).ok) : undefined;
    if (province) return { province, ...(isMunicipality(province) ? { city: province } : {}), findings };
  }
  return { findings };
}

/** Checks an address in China against the administrative divisions and postcode zones. */
export function checkChineseDivisions(
  en: AddressPartsFile,
  zh: AddressPartsFile | undefined,
  postcode: string | undefined,
): Finding[] {
  const { province, city, findings } = locate(en, zh);
  if (city && zh?.district) {
    const districts = districtsOf(city);
    // GB/T 2260 changes every year: an unknown district is worth a look, not a refusal.
    if (districts.length > 0 && !districts.includes(zh.district)) {
      findings.push(
        warning(
          "address-division",
          ["address", "zh-Hans", "district"],
          `${JSON.stringify(zh.district)} is not a district of ${city.name}: expected one of ${districts.join("、")}`,
          `a district of ${city.name}`,
          zh.district,
        ),
      );
    }
  }
  if (province && postcode && /^\d{6}$/.test(postcode)) {
    const prefixes = postcodePrefixes(province);
    if (prefixes.length > 0 && !prefixes.includes(postcode.slice(0, 2))) {
      const owner = provinces().find((p) => postcodePrefixes(p).includes(postcode.slice(0, 2)));
      const starts = prefixes.join(" or ");
      findings.push(
        error(
          "postcode-region",
          ["address", "postcode"],
          `${JSON.stringify(postcode)} is ${owner ? `a postcode of ${owner.name}` : "not a postcode of any province"}, but the address is in ${province.name}: expected a postcode starting with ${starts}`,
          `a postcode starting with ${starts}`,
          postcode,
        ),
      );
    }
  }
  return findings;
}
