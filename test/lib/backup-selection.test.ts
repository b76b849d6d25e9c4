import { describe, expect, it } from 'vitest';
import { selectionCoversTag } from '../../src/lib/backup-selection.js';

const any = { key: 'backup', value: '*' };
const eq = (key: string, value: string) => ({ ConditionKey: key, ConditionValue: value });

describe('selectionCoversTag', () => {
  it.each([
    ['Resources * with a StringEquals tag condition', { Resources: ['*'], Conditions: { StringEquals: [eq('aws:ResourceTag/backup', 'daily')] } }, any, true],
    ['Resources * with a StringLike tag condition', { Resources: ['*'], Conditions: { StringLike: [eq('aws:ResourceTag/backup', 'd*')] } }, { key: 'backup', value: 'daily' }, true],
    ['StringLike pattern not matching the wanted value', { Resources: ['*'], Conditions: { StringLike: [eq('aws:ResourceTag/backup', 'w*')] } }, { key: 'backup', value: 'daily' }, false],
    ['ListOfTags with the bare key', { ListOfTags: [{ ConditionType: 'STRINGEQUALS' as const, ...eq('backup', 'true') }] }, any, true],
    ['ListOfTags with the aws:ResourceTag/ key', { ListOfTags: [{ ConditionType: 'STRINGEQUALS' as const, ...eq('aws:ResourceTag/backup', 'true') }] }, any, true],
    ['ListOfTags on another tag', { ListOfTags: [{ ConditionType: 'STRINGEQUALS' as const, ...eq('owner', 'team') }] }, any, false],
    ['ListOfTags combined with an ARN list', { Resources: ['arn:aws:ec2:*:*:volume/*'], ListOfTags: [{ ConditionType: 'STRINGEQUALS' as const, ...eq('backup', 'true') }] }, any, false],
    ['every resource', { Resources: ['*'] }, any, true],
    ['an ARN list', { Resources: ['arn:aws:rds:eu-west-1:111122223333:db:orders'] }, any, false],
    ['a tag condition over one resource type', { Resources: ['arn:aws:ec2:*:*:volume/*'], Conditions: { StringEquals: [eq('aws:ResourceTag/backup', 'true')] } }, any, false],
    ['a tag condition AND another tag', { Resources: ['*'], Conditions: { StringEquals: [eq('aws:ResourceTag/backup', 'true'), eq('aws:ResourceTag/env', 'prod')] } }, any, false],
    ['exclusions', { Resources: ['*'], NotResources: ['arn:aws:s3:::logs'], Conditions: { StringEquals: [eq('aws:ResourceTag/backup', 'true')] } }, any, false],
    ['a condition value other than the wanted one', { Resources: ['*'], Conditions: { StringEquals: [eq('aws:ResourceTag/backup', 'weekly')] } }, { key: 'backup', value: 'daily' }, false],
    ['an empty selection', {}, any, false],
  ])('%s', (_name, sel, target, covers) => {
    expect(selectionCoversTag(sel, target).covers).toBe(covers);
  });
});
