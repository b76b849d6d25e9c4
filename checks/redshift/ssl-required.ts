import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';
import { clusterRef } from '../../src/check/kit/redshift-refs.js';

export default defineCheck({
  id: 'redshift.ssl-required',
  title: 'Redshift clusters refuse connections without SSL',
  description:
    'A cluster accepts clear-text client connections unless its parameter group sets require_ssl to true: default.redshift-1.0 does not ' +
    '(default.redshift-2.0, the default for clusters created since January 2025, does). ' +
    'Read from the cluster\'s parameter group (DescribeClusterParameters, once per group). A value not yet applied (ParameterApplyStatus pending-reboot) ' +
    'is reported in the evidence; the check judges the group\'s value.',
  service: 'redshift',
  resourceType: 'AWS::Redshift::Cluster',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Use a custom parameter group with require_ssl set to true, attach it to the cluster and reboot it.',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
  },
  async run({ scope, inventory, result }) {
    const clusters = await inventory.redshift.clusters(scope.region);
    const ref = (id: string) => clusterRef(scope, id);
    return result.forEach(clusters, (c) => ref(c.ClusterIdentifier!), async (c) => {
      const group = c.ClusterParameterGroups?.[0];
      if (!group?.ParameterGroupName) {
        return result.fail(ref(c.ClusterIdentifier!), `Cluster ${c.ClusterIdentifier} lists no parameter group, so require_ssl cannot be true`, { ClusterParameterGroups: [] });
      }
      const params = await inventory.redshift.clusterParameters(scope.region, group.ParameterGroupName);
      const value = params.find((p) => p.ParameterName === 'require_ssl')?.ParameterValue;
      // Every group lists every parameter: without require_ssl the answer cannot be judged.
      if (value === undefined) throw invalidData({ service: 'redshift', operation: 'DescribeClusterParameters', account: scope.account, region: scope.region }, `parameter group ${group.ParameterGroupName} lists no require_ssl`);
      const evidence = { ParameterGroupName: group.ParameterGroupName, require_ssl: value, ParameterApplyStatus: group.ParameterApplyStatus ?? null };
      return value?.toLowerCase() === 'true'
        ? result.pass(ref(c.ClusterIdentifier!), `Cluster ${c.ClusterIdentifier} requires SSL (parameter group ${group.ParameterGroupName})`, evidence)
        : result.fail(ref(c.ClusterIdentifier!), `Cluster ${c.ClusterIdentifier} accepts connections without SSL (require_ssl ${value} in ${group.ParameterGroupName})`, evidence);
    });
  },
});
