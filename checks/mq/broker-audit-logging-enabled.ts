import { defineCheck } from '../../src/check/define.js';
import { forEachBroker } from '../../src/check/kit/mq-brokers.js';

export default defineCheck({
  id: 'mq.broker-audit-logging-enabled',
  title: 'Amazon MQ for ActiveMQ brokers publish audit logs to CloudWatch Logs',
  description:
    'ActiveMQ audit logs record management actions taken through JMX and the web console (who created, deleted or purged a queue). ' +
    'Passes when DescribeBroker reports Logs.Audit true. Only ActiveMQ brokers are judged: RabbitMQ brokers have no audit log to ' +
    'publish (AWS offers general logs only), so they get no finding here. Reference: Security Hub FSBP MQ.2.',
  service: 'mq',
  resourceType: 'AWS::AmazonMQ::Broker',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on audit log publishing for the broker (the Amazon MQ service needs a CloudWatch Logs resource policy to write).',
    cli: 'aws mq update-broker --broker-id <broker-id> --logs Audit=true,General=true',
    url: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-cloudwatch.html',
  },
  async run(ctx) {
    return forEachBroker(ctx, (ref, summary, broker) => {
      const engine = (broker.EngineType ?? summary.EngineType ?? '').toUpperCase();
      if (engine !== 'ACTIVEMQ') return [];
      // LogsSummary.Audit is optional in the API (RabbitMQ never has it); absent on ActiveMQ, nothing is published.
      const evidence = { EngineType: engine, Audit: broker.Logs?.Audit ?? false, General: broker.Logs?.General ?? false };
      return broker.Logs?.Audit === true
        ? ctx.result.pass(ref, `Broker ${ref.id} publishes audit logs`, evidence)
        : ctx.result.fail(ref, `Broker ${ref.id} does not publish audit logs`, evidence);
    });
  },
});
