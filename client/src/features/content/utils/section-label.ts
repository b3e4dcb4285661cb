/**
 * "II.1 · Về xây dựng Đảng…": the key, then the title without the key when the
 * title already starts with it (the demo's titles read "II.1. Về xây dựng Đảng…").
 */
export function sectionLabel(section: { key: string; title: string }): string {
  const { key, title } = section;
  if (title.startsWith(key)) {
    const rest = title.slice(key.length).replace(/^[.:\s–-]+/u, '');
    return rest ? `${key} · ${rest}` : key;
  }
  return `${key} · ${title}`;
}
