import { defineCheck } from '../../src/check/define.js';
import { domainRef } from '../../src/check/kit/opensearch-refs.js';

export default defineCheck({
  id: 'opensearch.audit-logging-enabled',
  title: 'OpenSearch Service domains publish audit logs',
  description:
    'Audit logs record who authenticated, which indices they read or changed and failed logins, published to CloudWatch Logs (LogPublishingOptions.AUDIT_LOGS). ' +
    'They require fine-grained access control; the evidence shows whether it is on.',
  service: 'opensearch',
  resourceType: 'AWS::OpenSearchService::Domain',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable fine-grained access control, then publish audit logs to a CloudWatch Logs group (with a resource policy letting the service write to it).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options "AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}"',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html',
  },
  async run({ scope, inventory, result }) {
    const domains = await inventory.opensearch.domains(scope.region);
    return domains.map((d) => {
      const audit = d.LogPublishingOptions?.AUDIT_LOGS;
      const evidence = {
        AUDIT_LOGS: audit ? { Enabled: audit.Enabled ?? null, CloudWatchLogsLogGroupArn: audit.CloudWatchLogsLogGroupArn ?? null } : null,
        AdvancedSecurityOptions: { Enabled: d.AdvancedSecurityOptions?.Enabled ?? null },
      };
      return audit?.Enabled === true
        ? result.pass(domainRef(d), `Domain ${d.DomainName} publishes audit logs to ${String(audit.CloudWatchLogsLogGroupArn)}`, evidence)
        : result.fail(domainRef(d), `Domain ${d.DomainName} does not publish audit logs${audit ? ' (AUDIT_LOGS disabled)' : ''}`, evidence);
    });
  },
});
