import { BackupClient, GetBackupSelectionCommand, ListBackupPlansCommand, ListBackupSelectionsCommand, type BackupSelection } from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/backup/plans-cover-tagged-resources.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { plan, selection, tagCondition } from './fixtures.js';

const bk = mockClient(BackupClient);
beforeEach(() => bk.reset());
const R = { region: 'eu-west-1' };

/** Serves plans, each with its selections (by name). */
function serve(plans: Record<string, Array<BackupSelection | Error>>) {
  bk.on(ListBackupPlansCommand).resolves({ BackupPlansList: Object.keys(plans).map(plan) });
  for (const [name, sels] of Object.entries(plans)) {
    const planId = plan(name).BackupPlanId!;
    bk.on(ListBackupSelectionsCommand, { BackupPlanId: planId }).resolves({
      BackupSelectionsList: sels.map((s, i) => ({ SelectionId: `${name}-${i}`, SelectionName: s instanceof Error ? `unreadable-${i}` : s.SelectionName, BackupPlanId: planId })),
    });
    sels.forEach((s, i) => {
      const on = bk.on(GetBackupSelectionCommand, { BackupPlanId: planId, SelectionId: `${name}-${i}` });
      if (s instanceof Error) on.rejects(s);
      else on.resolves({ BackupPlanId: planId, SelectionId: `${name}-${i}`, BackupSelection: s });
    });
  }
}

describe('backup.plans-cover-tagged-resources', () => {
  it('PASS through a Conditions selection on aws:ResourceTag/backup over Resources "*"', async () => {
    serve({ databases: [selection('by-arn', { Resources: ['arn:aws:rds:eu-west-1:111122223333:db:orders'] })], daily: [selection('tagged', { Resources: ['*'], Conditions: tagCondition('backup', 'daily') })] });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'daily', arn: plan('daily').BackupPlanArn, type: 'AWS::Backup::BackupPlan' }, evidence: { tagKey: 'backup', BackupPlanName: 'daily', SelectionName: 'tagged', via: 'Conditions StringEquals aws:ResourceTag/backup=daily' } },
    ]);
  });

  it('PASS through a legacy ListOfTags selection; a tagValue option must then match', async () => {
    serve({ daily: [selection('legacy', { ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'true' }] })] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'PASS', evidence: { via: 'ListOfTags backup=true' } }]);
    expect(await runCheck(check, { ...R, options: { tagKey: 'backup', tagValue: 'weekly' } })).toMatchObject([{ status: 'FAIL' }]);
  });

  it('FAIL when selections only list ARNs, narrow the tag with more conditions, or exclude resources', async () => {
    serve({
      p: [
        selection('arns', { Resources: ['arn:aws:dynamodb:eu-west-1:111122223333:table/orders'] }),
        selection('volumes-only', { Resources: ['arn:aws:ec2:*:*:volume/*'], Conditions: tagCondition('backup', 'true') }),
        selection('narrowed', { Resources: ['*'], Conditions: { ...tagCondition('backup', 'true'), StringNotEquals: [{ ConditionKey: 'aws:ResourceTag/env', ConditionValue: 'dev' }] } }),
        selection('excluding', { Resources: ['*'], NotResources: ['arn:aws:rds:*:*:db:*'], Conditions: tagCondition('backup', 'true') }),
      ],
    });
    const [f] = await runCheck(check, R);
    expect(f).toMatchObject({ status: 'FAIL', resource: { id: '111122223333/eu-west-1' }, evidence: { tagKey: 'backup', plans: 1 }, srm: { duty: 'incident-response', serviceModel: 'SaaS' } });
    expect((f!.evidence as { selections: unknown[] }).selections).toHaveLength(4);
  });

  it('FAIL when the region has no backup plan at all', async () => {
    bk.on(ListBackupPlansCommand).resolves({ BackupPlansList: [] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'FAIL', evidence: { plans: 0, selections: [] } }]);
  });

  it('PASS when one selection covers even though another could not be read; ERROR when none readable covers', async () => {
    serve({ a: [awsError('AccessDeniedException')], b: [selection('tagged', { Resources: ['*'], Conditions: tagCondition('backup', 'true') })] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'PASS', resource: { id: 'b' } }]);
    bk.reset();
    serve({ a: [awsError('AccessDeniedException')], b: [selection('arns', { Resources: ['arn:aws:dynamodb:eu-west-1:111122223333:table/orders'] })] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('backup:GetBackupSelection') }]);
  });

  it('ERROR naming the permission when ListBackupSelections or ListBackupPlans is denied', async () => {
    bk.on(ListBackupPlansCommand).resolves({ BackupPlansList: [plan('a')] });
    bk.on(ListBackupSelectionsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('backup:ListBackupSelections') }]);
    bk.reset();
    bk.on(ListBackupPlansCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('backup:ListBackupPlans') }]);
  });
});
