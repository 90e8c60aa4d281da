import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port';
import { bearer, loginAs, startTestApp, type TestApp } from './support/test-app';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

// A real SMTP server on this machine receives what the app sends through nodemailer.
let smtp: SMTPServer;
let port: number;
const received: Received[] = [];
let api: TestApp;

beforeAll(async () => {
  port = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
  api = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Medskapa Kalix <medskapa@kalix.example>' });
});

afterAll(async () => {
  await api.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('e-mail through SMTP', () => {
  it('delivers the verification e-mail over SMTP and records it as sent in the outbox', async () => {
    const { errors } = await api.graphql(
      `mutation { register(input: { email: "smtp.test@example.se", password: "älven-fryser-i-november", displayName: "Smtp Test", locale: fi, municipalitySlug: "kalix" }) { token } }`,
    );
    expect(errors).toBeUndefined();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'medskapa@kalix.example', to: ['smtp.test@example.se'] });
    expect(received[0]!.raw).toMatch(/^Subject: /m);
    const decoded = received[0]!.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(decoded).toMatch(/\/verify-email\?token=[A-Za-z0-9_-]{43}/);
    const [row] = await api.app.get(DataSource).query(`SELECT sent_at, error FROM outbox_message WHERE to_address = 'smtp.test@example.se'`);
    expect(row.sent_at).not.toBeNull();
    expect(row.error).toBeNull();
  });

  it('hides token links from officers reading the outbox once SMTP delivers the real message', async () => {
    const officer = await loginAs(api, 'officer@kalix.example');
    const { data } = await api.graphql<{ outbox: { edges: Array<{ node: { bodyText: string; kind: string } }> } }>(
      `{ outbox(toAddress: "smtp.test@example.se") { edges { node { kind bodyText } } } }`,
      {},
      bearer(officer),
    );
    const body = data!.outbox.edges[0]!.node.bodyText;
    expect(body).toContain('[…]');
    expect(body).not.toMatch(/token=/);
  });

  it('keeps the action and records the error when the mail server is down', async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const { data, errors } = await api.graphql(`mutation { requestPasswordReset(email: "smtp.test@example.se") }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ requestPasswordReset: true });
    const [row] = await api.app.get(DataSource).query(
      `SELECT sent_at, error FROM outbox_message WHERE to_address = 'smtp.test@example.se' AND kind = 'passwordReset'`,
    );
    expect(row.sent_at).toBeNull();
    expect(row.error).toBeTruthy();
    // Re-open so afterAll's close has a server to close.
    smtp.listen(port, '127.0.0.1');
  });
});
