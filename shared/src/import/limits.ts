/** Largest file accepted by imports (rosters, question banks): tens of thousands of rows. */
export const MAX_IMPORT_FILE_BYTES = 3 * 1024 * 1024;

/** The same limit on the base64 text that carries the file over GraphQL. */
export const MAX_IMPORT_BASE64_LENGTH = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;
