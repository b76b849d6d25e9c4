import { describe, expect, it } from 'vitest';
import { decideOwner, hasOwnerMapping, safeTags, type OwnerMapping } from '../../src/lib/owners.js';

const mapping: OwnerMapping = {
  ownerTags: ['team', 'owner'],
  accountTeams: { '111122223333': 'payments' },
  ouTeams: { 'ou-abcd-12345678': 'platform' },
  defaultTeam: 'security',
};

describe('owner mapping precedence: owner tag (in order), account, OU, default', () => {
  it('the first owner tag key the resource carries decides, in ownerTags order', () => {
    expect(decideOwner(mapping, { account: '111122223333', tags: { owner: 'alice', team: 'web' }, ou: 'ou-abcd-12345678' })).toEqual({ team: 'web', by: 'tag', key: 'team' });
    expect(decideOwner(mapping, { account: '111122223333', tags: { owner: 'alice' } })).toEqual({ team: 'alice', by: 'tag', key: 'owner' });
  });
  it('an empty or blank tag value does not decide', () => {
    expect(decideOwner(mapping, { account: '111122223333', tags: { team: '  ' } })).toEqual({ team: 'payments', by: 'account', key: '111122223333' });
  });
  it('then the account, then the OU, then defaultTeam', () => {
    expect(decideOwner(mapping, { account: '111122223333', tags: {}, ou: 'ou-abcd-12345678' })).toMatchObject({ team: 'payments', by: 'account' });
    expect(decideOwner(mapping, { account: '444455556666', tags: {}, ou: 'ou-abcd-12345678' })).toEqual({ team: 'platform', by: 'ou', key: 'ou-abcd-12345678' });
    expect(decideOwner(mapping, { account: '444455556666', tags: {} })).toEqual({ team: 'security', by: 'default' });
  });
  it('no rule and no default: no team, said as by "none"', () => {
    expect(decideOwner({ ownerTags: ['team'] }, { account: '444455556666', tags: {} })).toEqual({ by: 'none' });
  });
  it('tags that could not be read fall through to the account, and the reason is kept', () => {
    expect(decideOwner(mapping, { account: '444455556666', tags: undefined, unresolved: 'denied' })).toEqual({ team: 'security', by: 'default', unresolved: 'denied' });
  });
  it('a mapping counts only when it names something', () => {
    expect(hasOwnerMapping(undefined)).toBe(false);
    expect(hasOwnerMapping({ ownerTags: [], accountTeams: {} })).toBe(false);
    expect(hasOwnerMapping({ defaultTeam: 'x' })).toBe(true);
  });
});

describe('safeTags', () => {
  it('keeps ordinary tags, sorted by key', () => {
    expect(safeTags([{ Key: 'team', Value: 'web' }, { Key: 'Name', Value: 'front door' }, { Key: 'empty' }])).toEqual({ Name: 'front door', empty: '', team: 'web' });
  });
  it('never lets a tag value that looks like a secret through', () => {
    const key = 'AKIA' + 'ABCDEFGHIJKLMNOP';
    const out = safeTags([{ Key: 'db_password', Value: 'hunter2hunter2' }, { Key: 'note', Value: `key ${key} here` }]);
    expect(JSON.stringify(out)).not.toContain('hunter2');
    expect(JSON.stringify(out)).not.toContain(key);
    expect(out['db_password']).toMatch(/^\[REDACTED/);
    expect(out['note']).toMatch(/\[REDACTED:aws-access-key-id\]/);
  });
});
