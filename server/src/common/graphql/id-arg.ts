import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { InvalidInputError } from '../errors/app-error.js';

/**
 * An `ID!` argument that must be a UUID: a malformed id is a clear BAD_USER_INPUT,
 * not a database error.
 */
export const IdArg = (name = 'id') =>
  Args(
    name,
    { type: () => ID },
    new ParseUUIDPipe({
      exceptionFactory: () => new InvalidInputError('INVALID_INPUT', `${name} is not a valid id`, { field: name }),
    }),
  );

/** An optional `ID` argument that must be a UUID when given. */
export const OptionalIdArg = (name: string) =>
  Args(
    name,
    { type: () => ID, nullable: true },
    new ParseUUIDPipe({
      optional: true,
      exceptionFactory: () => new InvalidInputError('INVALID_INPUT', `${name} is not a valid id`, { field: name }),
    }),
  );
