/**
 * @module China's administrative divisions (GB/T 2260, from the `china-area-data` package):
 * which province a city is in and which districts a city has, plus each province's postcode
 * prefixes. Pure lookups over data loaded once.
 */
import divisions from "china-area-data/data.json";

type Table = Record<string, Record<string, string>>;
const TABLE = divisions as unknown as Table;

/** A province-level division: province, municipality, autonomous region. */
export interface Province {
  readonly code: string;
  readonly name: string;
}

/**
 * First two digits of the postcodes of each province, keyed by the first two digits of its
 * GB/T 2260 code. China Post's zoning has no package of its own; this table is its summary.
 */
const POSTCODE_PREFIXES: Record<string, readonly string[]> = {
  "11": ["10"], // 北京
  "12": ["30"], // 天津
  "13": ["05", "06", "07"], // 河北
  "14": ["03", "04"], // 山西
  "15": ["01", "02"], // 内蒙古
  "21": ["11", "12"], // 辽宁
  "22": ["13"], // 吉林
  "23": ["15", "16"], // 黑龙江
  "31": ["20"], // 上海
  "32": ["21", "22"], // 江苏
  "33": ["31", "32"], // 浙江
  "34": ["23", "24"], // 安徽
  "35": ["35", "36"], // 福建
  "36": ["33", "34"], // 江西
  "37": ["25", "26", "27"], // 山东
  "41": ["45", "46", "47"], // 河南
  "42": ["43", "44"], // 湖北
  "43": ["41", "42"], // 湖南
  "44": ["51", "52"], // 广东
  "45": ["53", "54"], // 广西
  "46": ["57"], // 海南
  "50": ["40"], // 重庆
  "51": ["61", "62", "63", "64"], // 四川
  "52": ["55", "56"], // 贵州
  "53": ["65", "66", "67"], // 云南
  "54": ["85"], // 西藏
  "61": ["71", "72"], // 陕西
  "62": ["73", "74"], // 甘肃
  "63": ["81"], // 青海
  "64": ["75"], // 宁夏
  "65": ["83", "84"], // 新疆
};

const PROVINCES: readonly Province[] = Object.entries(TABLE["86"] ?? {}).map(([code, name]) => ({ code, name }));

// "北京市" and "北京" both name Beijing; the suffix is what the generic-word table understands.
const stripSuffix = (name: string) => name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/, "");

/** Every province-level division. */
export function provinces(): readonly Province[] {
  return PROVINCES;
}

/** The province a name refers to (`北京市`, `北京`, `广东省`), if any. */
export function findProvince(name: string): Province | undefined {
  const core = stripSuffix(name);
  return PROVINCES.find((p) => p.name === name || stripSuffix(p.name) === core);
}

/** True for Beijing, Tianjin, Shanghai and Chongqing, whose city is the province itself. */
export function isMunicipality(province: Province): boolean {
  return ["11", "12", "31", "50"].includes(province.code.slice(0, 2));
}

/** The prefecture-level cities of a province (for a municipality, none). */
export function citiesOf(province: Province): Province[] {
  if (isMunicipality(province)) return [];
  return Object.entries(TABLE[province.code] ?? {}).map(([code, name]) => ({ code, name }));
}

/** The province that has a city of this name (`深圳市`, `深圳`), if any. */
export function provinceOfCity(city: string): { province: Province; city: Province } | undefined {
  const core = stripSuffix(city);
  for (const province of PROVINCES) {
    const found = citiesOf(province).find((c) => c.name === city || stripSuffix(c.name) === core);
    if (found) return { province, city: found };
  }
  return undefined;
}

/** The county-level districts of a city, or of a municipality. */
export function districtsOf(area: Province): string[] {
  const codes = Object.keys(TABLE[area.code] ?? {});
  // A municipality's districts sit under its single "市辖区" child.
  const parents = codes.length > 0 && TABLE[codes[0]!] && isMunicipality(area) ? codes : [area.code];
  return parents.flatMap((code) => Object.values(TABLE[code] ?? {})).filter((name) => name !== "市辖区");
}

/** The postcode prefixes of a province (`["10"]` for Beijing). */
export function postcodePrefixes(province: Province): readonly string[] {
  return POSTCODE_PREFIXES[province.code.slice(0, 2)] ?? [];
}
