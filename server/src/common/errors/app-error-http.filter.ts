import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, HTTP_STATUS } from './app-error.js';

/**
 * Maps our errors (including the access guard's) to HTTP statuses for REST
 * handlers (downloads, evidence, health), instead of Nest's default 500.
 * GraphQL errors pass through untouched: formatGraphqlError shapes those.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType() !== 'http') return error;
    const response = host.switchToHttp().getResponse<Response>();
    response.status(HTTP_STATUS[error.code]).json({
      code: error.code,
      reason: error.reason,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    });
  }
}
