import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signWebhook, verifyWebhook, webhookHeaders } from './signing';

describe('Standard Webhooks signatures', () => {
  it('matches the specification’s published example', () => {
    // The example of the Standard Webhooks reference libraries.
    const signature = signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies its own headers and refuses a changed body, another secret or an old timestamp', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const now = Math.floor(Date.now() / 1000);
    const body = '{"type":"lead.created"}';
    const headers = new Headers(webhookHeaders(secret, 'msg_1', now, body));
    expect(verifyWebhook(secret, headers, body)).toBe(true);
    expect(verifyWebhook(secret, headers, `${body} `)).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), headers, body)).toBe(false);
    const old = new Headers(webhookHeaders(secret, 'msg_1', now - 3600, body));
    expect(verifyWebhook(secret, old, body)).toBe(false);
  });
});
