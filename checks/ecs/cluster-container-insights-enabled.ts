import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';

export default defineCheck({
  id: 'ecs.cluster-container-insights-enabled',
  title: 'ECS clusters have Container Insights turned on',
  description:
    'Container Insights collects task- and container-level metrics and performance events into CloudWatch: the operational record ' +
    'that shows a crash loop, a resource spike or a task that started where it should not. Passes when the cluster setting ' +
    'containerInsights (DescribeClusters include SETTINGS) is "enabled" or "enhanced"; fails on "disabled". An answer without the ' +
    'setting (ECS returns it when asked for SETTINGS) is ERROR, not a verdict.',
  service: 'ecs',
  resourceType: 'AWS::ECS::Cluster',
  severity: 'low',
  duty: 'logging',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on Container Insights (enhanced observability) for the cluster, and as the account default for new clusters.',
    cli: 'aws ecs update-cluster-settings --cluster <cluster> --settings name=containerInsights,value=enhanced',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html',
  },
  async run({ scope, inventory, result }) {
    const clusters = await inventory.ecs.clusters(scope.region);
    const source = { service: 'ecs' as const, operation: 'DescribeClusters', account: scope.account, region: scope.region };
    return result.forEach(clusters, (c) => ({ arn: c.clusterArn!, id: c.clusterName! }), (c) => {
      const ref = { arn: c.clusterArn!, id: c.clusterName! };
      const value = c.settings?.find((s) => s.name === 'containerInsights')?.value;
      if (value === undefined) throw invalidData(source, `cluster ${c.clusterName} has no containerInsights setting in the answer`);
      const evidence = { containerInsights: value };
      return value === 'enabled' || value === 'enhanced'
        ? result.pass(ref, `Cluster ${c.clusterName} has Container Insights ${value}`, evidence)
        : result.fail(ref, `Cluster ${c.clusterName} has Container Insights ${value}`, evidence);
    });
  },
});
