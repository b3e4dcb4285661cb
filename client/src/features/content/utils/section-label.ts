/**
 * "II.1 · Về xây dựng Đảng…": the key, then the title without the key when the
 * title already starts with it (the demo's titles read "II.1. Về xây dựng Đảng…").
 */
export function sectionLabel(section: { key: string; title: string }): string {
  const { key, title } = section;
  // Key "": the resolution as a whole ("Toàn văn nghị quyết"), what an import without "Mục" cites.
  if (!key) return title;
  if (title.startsWith(key)) {
    const rest = title.slice(key.length).replace(/^[.:\s–-]+/u, '');
    return rest ? `${key} · ${rest}` : key;
  }
  return `${key} · ${title}`;
}
