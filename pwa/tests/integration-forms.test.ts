import { describe, expect, test } from 'vitest';
import {
  apiClientForm,
  apiClientRequest,
  authMethodOf,
  checkApiClient,
  checkWebhook,
  checkZgw,
  integrationServerMessage,
  rsinValid,
  webhookRequest,
  zgwField,
  zgwForm,
  zgwRequest,
} from '../src/domain/integration-forms';

describe('the RSIN eleven-test', () => {
  test('accepts RSINs whose weighted sum is a multiple of eleven', () => {
    // 0·9 + 0·8 + 2·7 + 2·6 + 2·5 + 0·4 + 6·3 + 4·2 − 7 = 55, eleven times five.
    expect(rsinValid('002220647')).toBe(true);
    expect(rsinValid('123456782')).toBe(true);
    expect(rsinValid('111222333')).toBe(true);
  });

  test('refuses a wrong check digit, other lengths and non-digits', () => {
    expect(rsinValid('002220648')).toBe(false);
    expect(rsinValid('123456789')).toBe(false);
    expect(rsinValid('12345678')).toBe(false);
    expect(rsinValid('1234567820')).toBe(false);
    expect(rsinValid('12345678a')).toBe(false);
    expect(rsinValid(' 123456782')).toBe(false);
  });
});

describe('the machine client form', () => {
  test('asks a name and at least one scope; keys only for private_key_jwt', () => {
    expect(checkApiClient(apiClientForm())).toEqual({ name: 'required', scopes: 'oneScope' });
    const form = { ...apiClientForm(), name: 'Zaaksysteem', scopes: ['decisions:read' as const] };
    expect(checkApiClient(form)).toEqual({});
    expect(checkApiClient({ ...form, auth: 'private_key_jwt' })).toEqual({ jwks: 'required' });
    expect(checkApiClient({ ...form, auth: 'private_key_jwt', jwks: '{"keys": []}' })).toEqual({ jwks: 'jwks' });
    expect(checkApiClient({ ...form, auth: 'private_key_jwt', jwks: 'geen json' })).toEqual({ jwks: 'jwks' });
  });

  test('sends the scopes in their order, and the keys only with private_key_jwt', () => {
    const form = { name: ' Zaaksysteem ', scopes: ['reports:read' as const, 'decisions:read' as const], auth: 'client_secret_basic' as const, jwks: '{"keys":[{"kid":"a"}]}' };
    expect(apiClientRequest(form)).toEqual({ name: 'Zaaksysteem', scopes: ['decisions:read', 'reports:read'] });
    expect(apiClientRequest({ ...form, auth: 'private_key_jwt' }).jwks).toEqual({ keys: [{ kid: 'a' }] });
    expect(authMethodOf({ jwks: { keys: [] } })).toBe('private_key_jwt');
    expect(authMethodOf({ jwks: null })).toBe('client_secret_basic');
  });
});

describe('the webhook form', () => {
  test('asks an http(s) URL and at least one event type', () => {
    expect(checkWebhook({ url: '', description: '', eventTypes: [] })).toEqual({ url: 'required', eventTypes: 'oneEvent' });
    expect(checkWebhook({ url: 'ftp://x.nl/', description: '', eventTypes: ['decision.created'] })).toEqual({ url: 'url' });
    expect(checkWebhook({ url: 'https://zaken.gemeente.nl/hook', description: '', eventTypes: ['decision.created'] })).toEqual({});
  });

  test('an empty description is sent as null', () => {
    expect(webhookRequest({ url: ' https://a.nl/h ', description: ' ', eventTypes: ['decision.approved', 'decision.created'] })).toEqual({
      url: 'https://a.nl/h',
      eventTypes: ['decision.created', 'decision.approved'],
      description: null,
    });
  });
});

describe('the ZGW connection form', () => {
  const set = { besluitenApiUrl: 'https://zgw.nl/besluiten/api/v1', clientId: 'mandaat', rsin: '002220647', bestuursorgaan: 'College van B&W', besluittypen: [{ categoryId: 'c1', besluittypeUrl: 'https://zgw.nl/catalogi/besluittypen/1' }] };

  test('the secret is asked only while none is set', () => {
    expect(checkZgw(zgwForm(), false)).toEqual({ besluitenApiUrl: 'required', clientId: 'required', secret: 'required', rsin: 'required', bestuursorgaan: 'required' });
    expect(checkZgw(zgwForm(set), true)).toEqual({});
    expect(checkZgw({ ...zgwForm(set), secret: 'kort' }, true)).toEqual({ secret: 'secretLength' });
  });

  test('the RSIN and each besluittype URL are checked', () => {
    const form = { ...zgwForm(set), rsin: '002220648', besluittypen: { c1: 'geen url', c2: '' } };
    expect(checkZgw(form, true)).toEqual({ rsin: 'rsin', 'besluittype:c1': 'url' });
  });

  test('the request leaves out an untyped secret and empty besluittypen', () => {
    const request = zgwRequest({ ...zgwForm(set), besluittypen: { c1: ' https://zgw.nl/bt/1 ', c2: '' } });
    expect(request).not.toHaveProperty('secret');
    expect(request.besluittypen).toEqual([{ categoryId: 'c1', besluittypeUrl: 'https://zgw.nl/bt/1' }]);
    expect(zgwRequest({ ...zgwForm(set), secret: 'x'.repeat(16) }).secret).toBe('x'.repeat(16));
  });

  test('a server field of a besluittype lands at its category’s field', () => {
    const request = zgwRequest({ ...zgwForm(set), besluittypen: { c1: 'https://a.nl/1', c2: 'https://a.nl/2' } });
    expect(zgwField(request, 'besluittypen[1].besluittypeUrl')).toBe('besluittype:c2');
    expect(zgwField(request, 'rsin')).toBe('rsin');
    expect(zgwField(request, 'besluittypen[7].categoryId')).toBeNull();
    expect(zgwField(request, 'other')).toBeNull();
  });
});

describe('the server’s words', () => {
  test('known messages become message keys', () => {
    expect(integrationServerMessage('must be an RSIN: 9 digits passing the eleven-test')?.key).toBe('ikProblem_rsin');
    expect(integrationServerMessage('resolves to a loopback address; webhooks are sent only to public addresses')?.key).toBe('ikProblem_private');
    expect(integrationServerMessage('the host zaken.invalid cannot be resolved')).toEqual({ key: 'ikProblem_host', vars: { host: 'zaken.invalid' } });
    expect(integrationServerMessage('must be at most 2000 characters')).toEqual({ key: 'ikProblem_tooLong', vars: { max: 2000 } });
    expect(integrationServerMessage('the receiver answered 410 Gone')?.key).toBe('ikWebhookGone');
    expect(integrationServerMessage('something else')).toBeNull();
  });
});
