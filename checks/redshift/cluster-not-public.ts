import { defineCheck } from '../../src/check/define.js';
import { clusterRef } from '../../src/check/kit/redshift-refs.js';

export default defineCheck({
  id: 'redshift.cluster-not-public',
  title: 'Redshift clusters are not publicly accessible',
  description:
    'A publicly accessible cluster gets a public IP address and a DNS name that resolves to it from the internet: one security-group rule away from exposing the warehouse. ' +
    'It is the customer\'s setting of a managed platform (duty app-configuration: under PaaS the network layer itself is the provider\'s).',
  service: 'redshift',
  resourceType: 'AWS::Redshift::Cluster',
  severity: 'critical',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn off public accessibility and reach the cluster from inside the VPC (VPN, Direct Connect, a Redshift-managed VPC endpoint).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --no-publicly-accessible',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/rs-cluster-modify-public-access.html',
  },
  async run({ scope, inventory, result }) {
    const clusters = await inventory.redshift.clusters(scope.region);
    return clusters.map((c) => {
      const ref = clusterRef(scope, c.ClusterIdentifier!);
      const evidence = { PubliclyAccessible: c.PubliclyAccessible ?? null };
      return c.PubliclyAccessible === false
        ? result.pass(ref, `Cluster ${c.ClusterIdentifier} is not publicly accessible`, evidence)
        : result.fail(ref, `Cluster ${c.ClusterIdentifier} is publicly accessible (PubliclyAccessible ${String(c.PubliclyAccessible)})`, evidence);
    });
  },
});
