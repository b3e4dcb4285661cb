/** `vi.json?all`: the whole file as a module of its own (lib/i18n.ts), apart from the sections the entry imports. */
declare module '*.json?all' {
  const texts: Record<string, unknown>;
  export default texts;
}
