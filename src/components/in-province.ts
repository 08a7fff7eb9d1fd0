/**
 * The one province filter of the pages (/, /coverage, /indicators): a predicate keeping the rows whose `province`
 * (documents.province, 内蒙古自治区) is the chosen one, or every row when none is chosen (null or undefined).
 */
export function inProvince(province: string | null | undefined) {
  return (d: {province?: string | null}) => province == null || d.province === province;
}
