export default async function globalTeardown() {
  await globalThis.__thiduaDropDatabase?.();
  await globalThis.__thiduaStopEmbedded?.();
}
