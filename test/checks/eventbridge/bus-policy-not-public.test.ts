import { EventBridgeClient, ListEventBusesCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/eventbridge/bus-policy-not-public.js';
import { awsError, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const events = mockClient(EventBridgeClient);
beforeEach(() => events.reset());
const busArn = (name: string) => `arn:aws:events:us-east-1:${TEST_ACCOUNT}:event-bus/${name}`;
const bus = (Name: string, ...Statement: object[]) => ({ Name, Arn: busArn(Name), ...(Statement.length ? { Policy: JSON.stringify({ Version: '2012-10-17', Statement }) } : {}) });
const put = (Sid: string, extra: object = {}) => ({ Sid, Effect: 'Allow', Principal: '*', Action: 'events:PutEvents', Resource: busArn('x'), ...extra });

describe('eventbridge.bus-policy-not-public', () => {
  it('FAIL with the public statement as evidence, the default bus included; PASS for org-pinned, named or absent policies', async () => {
    events.on(ListEventBusesCommand).resolves({
      EventBuses: [
        bus('default', put('AllowAll')),
        bus('orders', put('Org', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })),
        bus('partner', { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'events:PutEvents', Resource: busArn('partner') }),
        bus('private'),
        // cross-account rule management pinned to the creating account (events:creatorAccount)
        bus('rules', { Sid: 'Rules', Effect: 'Allow', Principal: '*', Action: ['events:PutRule', 'events:PutTargets'], Resource: busArn('rules'), Condition: { StringEquals: { 'events:creatorAccount': '444455556666' } } }),
        // events:source limits what may be sent, not who may send it: still public.
        bus('sourced', put('BySource', { Condition: { StringEquals: { 'events:source': 'com.example' } } })),
      ],
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'default', arn: busArn('default') }, evidence: { publicStatements: [{ Sid: 'AllowAll', Principal: '*', Action: ['events:PutEvents'] }] }, srm: { duty: 'identity-access', serviceModel: 'SaaS', owner: 'shared' } },
      { status: 'PASS', resource: { id: 'orders' }, evidence: { statementCount: 1, publicStatements: [] } },
      { status: 'PASS', resource: { id: 'partner' } },
      { status: 'PASS', resource: { id: 'private' }, evidence: { Policy: null } },
      { status: 'PASS', resource: { id: 'rules' }, evidence: { statementCount: 1, publicStatements: [] } },
      { status: 'FAIL', resource: { id: 'sourced' }, evidence: { publicStatements: [{ Sid: 'BySource' }] } },
    ]);
    expect(events.commandCalls(ListEventBusesCommand)).toHaveLength(1);
  });

  it('ERROR (never PASS) for a policy that is not a policy document', async () => {
    events.on(ListEventBusesCommand).resolves({ EventBuses: [{ Name: 'bad', Arn: busArn('bad'), Policy: '{not json' }] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'bad' }, message: expect.stringContaining('ListEventBuses'), evidence: { iamAction: 'events:ListEventBuses' } }]);
  });

  it('ERROR naming the permission when the bus list is denied', async () => {
    events.on(ListEventBusesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('events:ListEventBuses') }]);
  });
});
