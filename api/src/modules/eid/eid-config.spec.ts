import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config';

const SECRET = 'x'.repeat(32);
const EID = { EID_ISSUER: 'https://broker.example/oidc', EID_CLIENT_ID: 'kalix', EID_CLIENT_SECRET: 's3cret' };

describe('e-ID configuration', () => {
  it('is off without EID_ISSUER', () => {
    expect(loadConfig({}).eid).toBeNull();
    expect(loadConfig({ EID_ISSUER: '', EID_CLIENT_ID: 'kalix' }).eid).toBeNull();
  });

  it('has the Swedish OIDC profile defaults', () => {
    expect(loadConfig(EID).eid).toEqual({
      issuer: 'https://broker.example/oidc',
      clientId: 'kalix',
      clientSecret: 's3cret',
      scopes: 'openid profile',
      personalNumberClaim: 'https://id.oidc.se/claim/personalIdentityNumber',
      displayName: null,
    });
    const custom = loadConfig({
      ...EID,
      EID_SCOPES: ' openid  profile https://id.oidc.se/scope/naturalPersonNumber ',
      EID_PERSONAL_NUMBER_CLAIM: 'ssn',
      EID_DISPLAY_NAME: 'BankID eller Freja eID',
    }).eid;
    expect(custom).toMatchObject({
      scopes: 'openid profile https://id.oidc.se/scope/naturalPersonNumber',
      personalNumberClaim: 'ssn',
      displayName: 'BankID eller Freja eID',
    });
  });

  it('needs the client id and secret with the issuer', () => {
    expect(() => loadConfig({ EID_ISSUER: EID.EID_ISSUER })).toThrow(/EID_CLIENT_ID: required when EID_ISSUER is set[\s\S]*EID_CLIENT_SECRET: required/);
  });

  it('takes an http:// issuer only outside production, and nothing but a URL', () => {
    expect(loadConfig({ ...EID, EID_ISSUER: 'http://127.0.0.1:4000' }).eid?.issuer).toBe('http://127.0.0.1:4000');
    expect(() => loadConfig({ ...EID, NODE_ENV: 'production', MEDSKAPA_SECRET: SECRET, EID_ISSUER: 'http://broker.example' })).toThrow(
      /EID_ISSUER: must be an https:\/\/ URL in production/,
    );
    expect(loadConfig({ ...EID, NODE_ENV: 'production', MEDSKAPA_SECRET: SECRET }).eid?.issuer).toBe(EID.EID_ISSUER);
    expect(() => loadConfig({ ...EID, EID_ISSUER: 'broker.example' })).toThrow(/EID_ISSUER: must be the issuer URL/);
    expect(() => loadConfig({ ...EID, EID_ISSUER: 'ftp://broker.example' })).toThrow(/EID_ISSUER: /);
  });

  it('insists on the openid scope', () => {
    expect(() => loadConfig({ ...EID, EID_SCOPES: 'profile' })).toThrow(/EID_SCOPES: must include the "openid" scope/);
  });
});
