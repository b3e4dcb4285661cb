/**
 * Tables the migrations fill with the data a ward starts with (the population kinds), which
 * the ward may then edit. A database that holds only these counts as empty: tests keep
 * them between cases, and a restore replaces them with the backup's rows.
 */
export const REFERENCE_TABLES: readonly string[] = ['population_kind'];
