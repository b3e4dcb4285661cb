import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { EmailText } from './notification-payload.js';

/**
 * Sends notification e-mails through the configured SMTP server (SMTP_URL, or
 * SMTP_HOST/PORT/USER/PASS), from SMTP_FROM. Without SMTP it is disabled and the
 * app notifies in-app only.
 */
@Injectable()
export class NotificationMailer implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationMailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const smtp = config.smtp;
    this.transport = !smtp
      ? null
      : smtp.url
        ? createTransport(smtp.url)
        : createTransport({
            host: smtp.host,
            port: smtp.port,
            secure: smtp.port === 465,
            auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
          });
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  get publicUrl(): string | undefined {
    return this.config.publicUrl;
  }

  /** Resolves when the server accepted the message; rejects on any failure (the caller retries later). */
  async send(to: string, email: EmailText): Promise<void> {
    if (!this.transport) throw new Error('SMTP is not configured');
    await this.transport.sendMail({ from: this.config.smtp?.from, to, subject: email.subject, text: email.text });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.logger.debug('SMTP transport closed');
  }
}
