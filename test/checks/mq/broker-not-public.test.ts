import { DescribeBrokerCommand, ListBrokersCommand, MqClient } from '@aws-sdk/client-mq';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/mq/broker-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { broker, brokerArn, brokerItem } from './fixtures.js';

const mq = mockClient(MqClient);
beforeEach(() => mq.reset());

describe('mq.broker-not-public', () => {
  it('FAIL when PubliclyAccessible, PASS when private', async () => {
    mq.on(ListBrokersCommand).resolves({ BrokerSummaries: [brokerItem('b-1', 'orders'), brokerItem('b-2', 'public-rabbit', 'RABBITMQ')] });
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-1' }).resolves(broker('b-1', 'orders'));
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-2' }).resolves(broker('b-2', 'public-rabbit', { EngineType: 'RABBITMQ', PubliclyAccessible: true }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'orders', arn: brokerArn('b-1', 'orders') }, evidence: { PubliclyAccessible: false }, srm: { duty: 'app-configuration', serviceModel: 'PaaS', owner: 'shared' } },
      { status: 'FAIL', resource: { id: 'public-rabbit' }, evidence: { PubliclyAccessible: true, EngineType: 'RABBITMQ' } },
    ]);
  });

  it('ERROR (never PASS) without PubliclyAccessible in the answer, or when DescribeBroker is denied', async () => {
    mq.on(ListBrokersCommand).resolves({ BrokerSummaries: [brokerItem('b-1', 'odd'), brokerItem('b-2', 'denied')] });
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-1' }).resolves(broker('b-1', 'odd', { PubliclyAccessible: undefined }));
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-2' }).rejects(awsError('ForbiddenException', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('mq:DescribeBroker') },
      { status: 'ERROR', resource: { id: 'odd' }, message: expect.stringContaining('PubliclyAccessible') },
    ]);
  });
});
