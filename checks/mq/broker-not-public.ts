import { invalidData } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { forEachBroker } from '../../src/check/kit/mq-brokers.js';

export default defineCheck({
  id: 'mq.broker-not-public',
  title: 'Amazon MQ brokers are not publicly accessible',
  description:
    'A publicly accessible broker gets endpoints that resolve to public IP addresses, so its console and wire protocols can be reached ' +
    'from the internet and only the broker\'s user names and passwords stand in the way. Passes when DescribeBroker reports ' +
    'PubliclyAccessible false. The setting is fixed at creation. Duty app-configuration, as for RDS: under PaaS the network layer ' +
    'itself is the provider\'s, the exposure setting the customer\'s.',
  service: 'mq',
  resourceType: 'AWS::AmazonMQ::Broker',
  severity: 'high',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a private broker (in private subnets, reached through the VPC, a VPN or PrivateLink), move producers and consumers to it and delete the public one.',
    cli: 'aws mq create-broker --no-publicly-accessible --subnet-ids <subnet> --security-groups <sg> …',
    url: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html',
  },
  async run(ctx) {
    return forEachBroker(ctx, (ref, summary, broker) => {
      // AWS always answers PubliclyAccessible: without it there is nothing to judge.
      if (broker.PubliclyAccessible === undefined) throw invalidData({ service: 'mq', operation: 'DescribeBroker', account: ctx.scope.account, region: ctx.scope.region }, `broker ${ref.id} has no PubliclyAccessible`);
      const evidence = { PubliclyAccessible: broker.PubliclyAccessible, EngineType: broker.EngineType ?? summary.EngineType ?? null, DeploymentMode: broker.DeploymentMode ?? null };
      return broker.PubliclyAccessible
        ? ctx.result.fail(ref, `Broker ${ref.id} is publicly accessible`, evidence)
        : ctx.result.pass(ref, `Broker ${ref.id} is not publicly accessible`, evidence);
    });
  },
});
