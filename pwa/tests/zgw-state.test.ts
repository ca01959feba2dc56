import { describe, expect, it } from 'vitest';
import { zgwLine } from '../src/domain/zgw-state';

describe('the case-system line on a decision', () => {
  it('is absent when the decision does not go to the case system', () => {
    expect(zgwLine({ state: 'not_applicable', attempts: 0 })).toBeNull();
    expect(zgwLine(undefined)).toBeNull();
  });

  it('says a first push is on its way, and a retry why the last try failed', () => {
    expect(zgwLine({ state: 'pending', attempts: 0 })).toEqual({ key: 'zgwPending', vars: {} });
    expect(zgwLine({ state: 'pending', attempts: 2, lastError: 'HTTP 503' })).toEqual({
      key: 'zgwPendingRetry',
      vars: { attempts: 2, reason: 'HTTP 503' },
    });
  });

  it('names the besluit once pushed, and the reason once given up', () => {
    expect(zgwLine({ state: 'pushed', attempts: 1, besluitUrl: 'https://zaken.example/besluiten/1' })).toEqual({
      key: 'zgwPushed',
      vars: { url: 'https://zaken.example/besluiten/1' },
    });
    expect(zgwLine({ state: 'failed', attempts: 1, lastError: 'verantwoordelijkeOrganisatie: invalid' })).toEqual({
      key: 'zgwFailed',
      vars: { attempts: 1, reason: 'verantwoordelijkeOrganisatie: invalid' },
    });
  });
});
