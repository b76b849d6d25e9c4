import { DescribeBrokerCommand, ListBrokersCommand, MqClient } from '@aws-sdk/client-mq';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/mq/broker-auto-minor-version-upgrade.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { broker, brokerItem } from './fixtures.js';

const mq = mockClient(MqClient);
beforeEach(() => mq.reset());

describe('mq.broker-auto-minor-version-upgrade', () => {
  it('PASS with AutoMinorVersionUpgrade, FAIL without; ERROR when the answer lacks it', async () => {
    mq.on(ListBrokersCommand).resolves({ BrokerSummaries: [brokerItem('b-1', 'auto'), brokerItem('b-2', 'pinned', 'RABBITMQ'), brokerItem('b-3', 'odd')] });
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-1' }).resolves(broker('b-1', 'auto'));
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-2' }).resolves(broker('b-2', 'pinned', { EngineType: 'RABBITMQ', EngineVersion: '3.13', AutoMinorVersionUpgrade: false }));
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-3' }).resolves(broker('b-3', 'odd', { AutoMinorVersionUpgrade: undefined }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'auto' }, evidence: { AutoMinorVersionUpgrade: true, EngineVersion: '5.18' }, srm: { duty: 'app-configuration', serviceModel: 'PaaS' } },
      { status: 'ERROR', resource: { id: 'odd' }, message: expect.stringContaining('AutoMinorVersionUpgrade') },
      { status: 'FAIL', resource: { id: 'pinned' }, evidence: { AutoMinorVersionUpgrade: false, EngineType: 'RABBITMQ' } },
    ]);
  });

  it('follows NextToken pages, each broker described once', async () => {
    mq.on(ListBrokersCommand, { MaxResults: 100 }).resolves({ BrokerSummaries: [brokerItem('b-1', 'a')], NextToken: 'n' });
    mq.on(ListBrokersCommand, { MaxResults: 100, NextToken: 'n' }).resolves({ BrokerSummaries: [brokerItem('b-2', 'b')] });
    mq.on(DescribeBrokerCommand).callsFake((i: { BrokerId: string }) => broker(i.BrokerId, i.BrokerId === 'b-1' ? 'a' : 'b'));
    expect((await runCheck(check)).map((f) => f.resource.id)).toEqual(['a', 'b']);
    expect(mq.commandCalls(DescribeBrokerCommand)).toHaveLength(2);
  });

  it('ERROR naming the permission when DescribeBroker is denied', async () => {
    mq.on(ListBrokersCommand).resolves({ BrokerSummaries: [brokerItem('b-1', 'a')] });
    mq.on(DescribeBrokerCommand).rejects(awsError('ForbiddenException', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('mq:DescribeBroker') }]);
  });
});
