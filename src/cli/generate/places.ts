/**
 * @module Real places for generated contacts: cities with their telephone area codes and
 * postcode zones, districts from GB/T 2260 (china-area-data, the validator's own source), and
 * street and building names whose English is the pinyin the validator expects. Pure.
 */
import type { AddressFile } from "../../model/schema";
import { districtsOf, findProvince, isMunicipality, provinceOfCity } from "../../validate/china-divisions";
import { matchPlaceName, splitGeneric } from "../../validate/pinyin-match";
import type { Random } from "./random";
import { romanise, slugify } from "./romanise";

/** A district of a city, in both languages. */
export interface District {
  readonly zh: string;
  readonly en: string;
}

/** A city where generated contacts live. */
export interface City {
  readonly zh: string;
  readonly en: string;
  /** Tag and id part: `shenzhen`. */
  readonly slug: string;
  /** Trunk-less area code (China Telecom numbering plan): `755` for Shenzhen. */
  readonly areaCode: string;
  /** First three digits of the city's postcodes (China Post zoning): `518`. */
  readonly postcodePrefix: string;
  /** The province in Chinese and English, absent for the four municipalities. */
  readonly region?: { readonly zh: string; readonly en: string };
  readonly districts: readonly District[];
}

/** A street address shared by everyone working in one building. */
export interface Site {
  readonly city: City;
  readonly district: District;
  readonly street: { readonly zh: string; readonly en: string };
  readonly number: number;
  readonly building: { readonly zh: string; readonly en: string };
  readonly postcode: string;
}

// City, area code, postcode prefix. Area codes from the national numbering plan; every number
// built from them is still checked by libphonenumber-js before use.
// prettier-ignore
const CITY_TABLE: readonly (readonly [string, string, string])[] = [
  ["北京市", "10", "100"], ["上海市", "21", "200"], ["天津市", "22", "300"], ["重庆市", "23", "400"],
  ["广州市", "20", "510"], ["深圳市", "755", "518"], ["杭州市", "571", "310"], ["南京市", "25", "210"],
  ["武汉市", "27", "430"], ["成都市", "28", "610"], ["西安市", "29", "710"], ["沈阳市", "24", "110"],
  ["苏州市", "512", "215"], ["长沙市", "731", "410"], ["郑州市", "371", "450"], ["济南市", "531", "250"],
  ["青岛市", "532", "266"], ["厦门市", "592", "361"], ["福州市", "591", "350"], ["昆明市", "871", "650"],
  ["哈尔滨市", "451", "150"], ["长春市", "431", "130"], ["大连市", "411", "116"], ["合肥市", "551", "230"],
  ["南昌市", "791", "330"], ["南宁市", "771", "530"], ["贵阳市", "851", "550"], ["太原市", "351", "030"],
  ["石家庄市", "311", "050"], ["兰州市", "931", "730"], ["乌鲁木齐市", "991", "830"], ["海口市", "898", "570"],
  ["呼和浩特市", "471", "010"], ["银川市", "951", "750"], ["西宁市", "971", "810"], ["拉萨市", "891", "850"],
  ["宁波市", "574", "315"], ["无锡市", "510", "214"], ["佛山市", "757", "528"], ["珠海市", "756", "519"],
];

/** English for the generic word ending a district's name (区 District, 新区 New Area). */
const DISTRICT_WORDS: Readonly<Record<string, string>> = { 区: "District", 新区: "New Area" };

// prettier-ignore
const STREET_CORES = ["人民", "解放", "中山", "建设", "和平", "长江", "黄河", "东风", "新华", "文化", "青年", "胜利", "幸福", "光明", "友谊", "复兴", "滨江", "科技", "工业", "学院", "南京", "延安", "迎宾", "金桥", "天府", "东湖", "西湖", "春风", "团结", "育才"];
const STREET_WORDS: readonly (readonly [string, string])[] = [
  ["路", "Road"],
  ["大街", "Street"],
  ["大道", "Avenue"],
  ["街", "Street"],
];
// prettier-ignore
const BUILDING_CORES = ["世纪", "金融", "环球", "时代", "创新", "东方", "银河", "国际", "财富", "明珠", "信息", "商务", "华夏", "锦绣", "嘉华", "丰盛", "恒通", "新时代", "海天", "和信"];
const BUILDING_WORDS: readonly (readonly [string, string])[] = [
  ["大厦", "Building"],
  ["大厦", "Tower"],
  ["中心", "Center"],
  ["广场", "Plaza"],
];

// Names whose reading pinyin-pro gets wrong out of context (都 dū in place names, 行 háng in 闵行).
const READINGS: Readonly<Record<string, string>> = {
  闵行: "Minhang",
  花都: "Huadu",
  新都: "Xindu",
  郫都: "Pidu",
  黄陂: "Huangpi",
};

/** The English of a Chinese place name, checked with the validator's own pinyin rule. */
function englishPlaceName(zh: string, words: Readonly<Record<string, string>>): string {
  const { core, generic } = splitGeneric(zh);
  const name = READINGS[core] ?? romanise(core);
  const candidate = generic && words[generic] ? `${name} ${words[generic]}` : romanise(zh);
  return matchPlaceName(candidate, zh).ok ? candidate : romanise(zh);
}

function buildCity([zh, areaCode, postcodePrefix]: readonly [string, string, string]): City {
  const municipality = findProvince(zh);
  const area =
    municipality && isMunicipality(municipality) ? { province: municipality, city: municipality } : provinceOfCity(zh);
  if (!area) throw new Error(`${zh} is not a city in china-area-data`);
  const en = romanise(splitGeneric(zh).core);
  // Urban districts only: development zones and industrial parks are not postal districts.
  const districts = districtsOf(area.city)
    .filter((d) => d.endsWith("区") && d.length <= 5 && !/开发区|园区|示范区|实验区/.test(d))
    .map((d) => ({ zh: d, en: englishPlaceName(d, DISTRICT_WORDS) }));
  if (districts.length === 0) throw new Error(`${zh} has no urban district in china-area-data`);
  const region =
    area.province === area.city
      ? undefined
      : { zh: area.province.name, en: romanise(splitGeneric(area.province.name).core) };
  return { zh, en, slug: slugify(en), areaCode, postcodePrefix, ...(region ? { region } : {}), districts };
}

let cities: readonly City[] | undefined;
/** Every city the generator uses, built once. */
export function allCities(): readonly City[] {
  cities ??= CITY_TABLE.map(buildCity);
  return cities;
}

/** A new building on a real street-like name in a real district of `city`. */
export function generateSite(random: Random, city: City): Site {
  const [streetWord, streetEn] = random.pick(STREET_WORDS);
  const streetCore = random.pick(STREET_CORES);
  const [buildingWord, buildingEn] = random.pick(BUILDING_WORDS);
  const buildingCore = random.pick(BUILDING_CORES);
  return {
    city,
    district: random.pick(city.districts),
    street: { zh: `${streetCore}${streetWord}`, en: `${romanise(streetCore)} ${streetEn}` },
    number: random.int(1, 399),
    building: { zh: `${buildingCore}${buildingWord}`, en: `${romanise(buildingCore)} ${buildingEn}` },
    postcode: `${city.postcodePrefix}${random.digits(3)}`,
  };
}

/** The address of a room in a site, in both languages, as a data file writes it. */
export function addressAt(site: Site, room: string): AddressFile {
  const { city } = site;
  return {
    country: "CN",
    postcode: site.postcode,
    en: {
      room: `Room ${room}`,
      building: site.building.en,
      streetNumber: `No. ${site.number}`,
      street: site.street.en,
      district: site.district.en,
      locality: city.en,
      ...(city.region ? { region: city.region.en } : {}),
      country: "China",
    },
    "zh-Hans": {
      room: `${room}室`,
      building: site.building.zh,
      streetNumber: `${site.number}号`,
      street: site.street.zh,
      district: site.district.zh,
      locality: city.zh,
      ...(city.region ? { region: city.region.zh } : {}),
      country: "中国",
    },
  };
}
