/** The little of `vcf` (no types of its own) that the tests use. */
declare module "vcf" {
  interface VcfProperty {
    readonly _field: string;
    readonly _data: string;
    readonly group?: string;
    readonly type?: string | string[];
  }
  class VCard {
    data: Record<string, VcfProperty | VcfProperty[]>;
    parse(text: string): VCard;
    set(key: string, value: unknown, params?: Record<string, unknown>): VCard;
    toString(version?: string): string;
    toJSON(): unknown;
  }
  export default VCard;
}
