import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { FEATURE_MODULES } from '../app.module.js';

/** The committed SDL file that the client's types are generated from. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.gql', import.meta.url));

/** Set by @Resolver() (the constant of the same name in @nestjs/graphql). */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

type ModuleClass = abstract new (...args: never[]) => unknown;

/** Every @Resolver class provided by the feature modules and the modules they import. */
export function collectResolvers(modules: readonly ModuleClass[]): ModuleClass[] {
  const seen = new Set<unknown>();
  const resolvers = new Set<ModuleClass>();
  const visit = (module: unknown) => {
    if (!module || seen.has(module)) return;
    seen.add(module);
    const cls = (typeof module === 'function' ? module : (module as { module?: unknown }).module) as object | undefined;
    if (!cls) return;
    const providers = [
      ...((Reflect.getMetadata('providers', cls) as unknown[] | undefined) ?? []),
      ...((module as { providers?: unknown[] }).providers ?? []),
    ];
    for (const provider of providers) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider)) {
        resolvers.add(provider as ModuleClass);
      }
    }
    ((Reflect.getMetadata('imports', cls) as unknown[] | undefined) ?? []).forEach(visit);
  };
  modules.forEach(visit);
  return [...resolvers];
}

/** The schema's SDL, sorted, exactly as the running server exposes it. */
export async function printSchemaOfModules(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(collectResolvers(FEATURE_MODULES));
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
