import { invalidData } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { forEachBroker } from '../../src/check/kit/mq-brokers.js';

export default defineCheck({
  id: 'mq.broker-auto-minor-version-upgrade',
  title: 'Amazon MQ brokers take minor engine upgrades automatically',
  description:
    'Minor engine versions carry security fixes. Amazon MQ applies them in the maintenance window only when the customer lets it. ' +
    'Passes when DescribeBroker reports AutoMinorVersionUpgrade true. Duty app-configuration, as for RDS: under PaaS the host layer ' +
    'itself is the provider\'s. Reference: Security Hub FSBP MQ.3.',
  service: 'mq',
  resourceType: 'AWS::AmazonMQ::Broker',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable automatic minor version upgrades on the broker; they are applied in its maintenance window.',
    cli: 'aws mq update-broker --broker-id <broker-id> --auto-minor-version-upgrade',
    url: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/upgrading-brokers.html',
  },
  async run(ctx) {
    return forEachBroker(ctx, (ref, summary, broker) => {
      // AWS always answers AutoMinorVersionUpgrade: without it there is nothing to judge.
      if (broker.AutoMinorVersionUpgrade === undefined) throw invalidData({ service: 'mq', operation: 'DescribeBroker', account: ctx.scope.account, region: ctx.scope.region }, `broker ${ref.id} has no AutoMinorVersionUpgrade`);
      const evidence = { AutoMinorVersionUpgrade: broker.AutoMinorVersionUpgrade, EngineType: broker.EngineType ?? summary.EngineType ?? null, EngineVersion: broker.EngineVersion ?? null };
      return broker.AutoMinorVersionUpgrade === true
        ? ctx.result.pass(ref, `Broker ${ref.id} upgrades minor versions automatically`, evidence)
        : ctx.result.fail(ref, `Broker ${ref.id} does not upgrade minor versions automatically`, evidence);
    });
  },
});
