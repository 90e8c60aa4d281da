import type { EmailTemplateName, Locale } from '@medskapa/shared';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { Repository } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { renderEmail } from './email-templates';
import { OutboxMessage } from './outbox-message.entity';

export interface EmailRequest {
  to: string;
  locale: Locale;
  template: EmailTemplateName;
  vars: Record<string, string>;
  /** The municipality the message concerns; only its officers can read it in the outbox. */
  municipalityId: string | null;
}

/**
 * Writes every message to the outbox and, when SMTP_URL is set, sends it. A failed delivery is
 * recorded on the outbox row, never thrown: the action that caused the e-mail still succeeds.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    @InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /** True when messages really leave by SMTP; the outbox is then a log, not a delivery. */
  get delivers(): boolean {
    return this.transport !== null;
  }

  /** A link into the client, e.g. link('/verify-email', { token }). */
  link(path: string, query: Record<string, string>): string {
    return `${this.config.publicUrl}${path}?${new URLSearchParams(query).toString()}`;
  }

  async send(request: EmailRequest): Promise<OutboxMessage> {
    const { subject, body } = renderEmail(request.template, request.locale, request.vars);
    const message = await this.outbox.save(
      this.outbox.create({
        toAddress: request.to,
        subject,
        bodyText: body,
        kind: request.template,
        locale: request.locale,
        municipalityId: request.municipalityId,
      }),
    );
    if (!this.transport) return message;
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to: request.to, subject, text: body });
      message.sentAt = new Date();
    } catch (error) {
      message.error = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Could not send ${request.template} e-mail: ${message.error}`);
    }
    return this.outbox.save(message);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
