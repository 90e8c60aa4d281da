import { NOTIFICATION_CATALOGUES, NotificationKind } from '@medskapa/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../../config/config';
import { DIGEST_TICK_MS, DigestScheduler } from './digest.scheduler';
import type { DigestService } from './digest.service';
import { notificationText } from './digest.service';

describe('notificationText', () => {
  it('writes every notification kind in every language', () => {
    for (const kind of Object.values(NotificationKind)) {
      for (const locale of ['sv', 'fi', 'fit'] as const) {
        expect(NOTIFICATION_CATALOGUES[locale].kind[kind], `${locale}: kind.${kind}`).toBeTruthy();
        expect(notificationText(locale, `kind.${kind}`, { title: 'T', status: 'S', until: 'U' })).not.toMatch(/{{/);
      }
    }
  });

  it('interpolates and falls back fit → fi → sv like the UI', () => {
    expect(notificationText('sv', 'kind.IDEA_COMMENTED', { title: 'Cykelväg' })).toBe('Ny kommentar på Cykelväg');
    expect(notificationText('fit', 'digest.ideaHeading', { title: 'A', reference: 'KALIX-2026-0001' })).toBe('A (KALIX-2026-0001)');
    expect(notificationText('fi', 'no.such.key')).toBe('no.such.key');
  });
});

describe('DigestScheduler', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const make = (nodeEnv: AppConfig['nodeEnv'], send = vi.fn().mockResolvedValue({ emails: 0, notifications: 0 })) => ({
    send,
    scheduler: new DigestScheduler({ sendDailyDigests: send } as unknown as DigestService, { nodeEnv } as AppConfig),
  });

  it('ticks every ten minutes, never overlapping runs, and stops on shutdown', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const send = vi.fn(() => new Promise((resolve) => (finish = () => resolve({ emails: 0, notifications: 1 }))));
    const { scheduler } = make('production', send);
    scheduler.onApplicationBootstrap();
    await vi.advanceTimersByTimeAsync(DIGEST_TICK_MS);
    expect(send).toHaveBeenCalledTimes(1);
    // The first run is still going: the next tick skips.
    await vi.advanceTimersByTimeAsync(DIGEST_TICK_MS);
    expect(send).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(DIGEST_TICK_MS);
    expect(send).toHaveBeenCalledTimes(2);
    finish();
    scheduler.onModuleDestroy();
    await vi.advanceTimersByTimeAsync(DIGEST_TICK_MS * 3);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('survives a failing run', async () => {
    vi.useFakeTimers();
    const send = vi.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValue({ emails: 0, notifications: 0 });
    const { scheduler } = make('production', send);
    scheduler.onApplicationBootstrap();
    (scheduler as unknown as { logger: { error: () => void } }).logger.error = () => undefined;
    await vi.advanceTimersByTimeAsync(DIGEST_TICK_MS * 2);
    expect(send).toHaveBeenCalledTimes(2);
    scheduler.onModuleDestroy();
  });

  it('does not run in tests, which call the digest directly', async () => {
    vi.useFakeTimers();
    const { scheduler, send } = make('test');
    scheduler.onApplicationBootstrap();
    await vi.advanceTimersByTimeAsync(DIGEST_TICK_MS * 3);
    expect(send).not.toHaveBeenCalled();
    scheduler.onModuleDestroy();
  });
});
