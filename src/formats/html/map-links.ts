/**
 * @module Links that open an address on a map, one per language. We have no coordinates, so
 * each link is a search for the street address (room and floor left out: map search engines
 * know streets and buildings, not rooms). English opens OpenStreetMap, which works worldwide
 * without an account; a Chinese address in China opens Amap (高德地图, its URI API's
 * `search?keyword=`), which knows mainland addresses best and opens its app on phones where
 * OpenStreetMap and Google Maps are often unreachable or misplaced (GCJ-02 offsets). Pure.
 */
import type { Address, AddressParts } from "../../model/contact";

/** A map link and the service's name, for the link's text. */
export interface MapLink {
  readonly url: string;
  readonly service: { readonly en: string; readonly "zh-Hans": string };
}

const OSM = { en: "OpenStreetMap", "zh-Hans": "OpenStreetMap" } as const;
const AMAP = { en: "Amap", "zh-Hans": "高德地图" } as const;

const present = (parts: readonly (string | undefined)[]) => parts.filter((p): p is string => Boolean(p));

/** The English search: "No. 76 Caoyuan Hutong, Dongcheng District, Beijing, 100027, PR China". */
function englishQuery(parts: AddressParts, postcode?: string): string {
  const street = present([parts.streetNumber, parts.street]).join(" ");
  return present([street, parts.district, parts.locality, parts.region, postcode, parts.country]).join(", ");
}

/** The Chinese search, largest unit first: "北京市东城区草园胡同76号聚才大厦". */
function chineseQuery(parts: AddressParts): string {
  return present([parts.region, parts.locality, parts.district, parts.street, parts.streetNumber, parts.building]).join(
    "",
  );
}

/** The map link of the English address. */
export function englishMapLink(address: Address): MapLink {
  const query = englishQuery(address.parts.en, address.postcode);
  return { url: `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`, service: OSM };
}

/** The map link of the Chinese address, when there is one. */
export function chineseMapLink(address: Address): MapLink | undefined {
  const zh = address.parts["zh-Hans"];
  if (!zh) return undefined;
  if (address.country !== "CN")
    return { url: `https://www.openstreetmap.org/search?query=${encodeURIComponent(chineseQuery(zh))}`, service: OSM };
  return { url: `https://uri.amap.com/search?keyword=${encodeURIComponent(chineseQuery(zh))}`, service: AMAP };
}
