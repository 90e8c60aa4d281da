import { ErrorCode } from '@medskapa/shared';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';

export interface FieldError {
  path: string;
  message: string;
}

/** The one error type services throw; the formatter exposes `code` as `extensions.code`. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: { fields?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }

  static notFound(what: string, key: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `No ${what} matches "${key}".`, { what });
  }

  static badInput(fields: FieldError[]): DomainError {
    const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
    return new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid input: ${summary}`, { fields });
  }
}

/** Validates one argument with a shared zod schema, throwing BAD_USER_INPUT that names the field. */
export function parseArgument<T extends z.ZodType>(schema: T, value: unknown, path: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw DomainError.badInput(
    result.error.issues.map((issue) => ({
      path: [path, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}
