const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: string): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang);
    formatters.set(lang, formatter);
  }
  return formatter.format(value);
}
