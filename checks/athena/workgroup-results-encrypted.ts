import { defineCheck } from '../../src/check/define.js';
import { workGroupRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'athena.workgroup-results-encrypted',
  title: 'Athena workgroups encrypt query results',
  description:
    'Query results are copies of the data queried, written to S3 (or kept by Athena as managed query results). A workgroup without ' +
    'an encryption configuration leaves the choice to every client, and the results to the output bucket\'s defaults (SSE-S3 at ' +
    'best, never a key the customer controls). AWS Config rule athena-workgroup-encrypted-at-rest. PASS when the workgroup\'s ' +
    'ResultConfiguration names SSE_S3, SSE_KMS or CSE_KMS, or its managed query results are enabled (Athena encrypts them). ' +
    'Every workgroup is judged, "primary" included: it exists in every region and is where queries without a workgroup run.',
  service: 'athena',
  resourceType: 'AWS::Athena::WorkGroup',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Set an encryption configuration on the workgroup (SSE_KMS with a customer managed key where the data is classified) and enforce the workgroup configuration.',
    cli: 'aws athena update-work-group --work-group <name> --configuration-updates ResultConfigurationUpdates={EncryptionConfiguration={EncryptionOption=SSE_KMS,KmsKey=<key-arn>}},EnforceWorkGroupConfiguration=true',
    url: 'https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html',
  },
  async run({ scope, inventory, result }) {
    const groups = await inventory.athena.workGroups(scope.region);
    const ref = (name: string) => workGroupRef(scope, name);
    return result.forEach(groups, (g) => ref(g.Name!), async (g) => {
      const wg = await inventory.athena.workGroup(scope.region, g.Name!);
      const enc = wg.Configuration?.ResultConfiguration?.EncryptionConfiguration;
      const managed = wg.Configuration?.ManagedQueryResultsConfiguration;
      const evidence = {
        State: wg.State ?? null,
        EncryptionOption: enc?.EncryptionOption ?? null,
        ...(enc?.KmsKey ? { KmsKey: enc.KmsKey } : {}),
        ...(managed ? { 'ManagedQueryResultsConfiguration.Enabled': managed.Enabled ?? null } : {}),
      };
      if (enc?.EncryptionOption) return result.pass(ref(g.Name!), `Workgroup ${g.Name} encrypts query results with ${enc.EncryptionOption}`, evidence);
      if (managed?.Enabled === true) return result.pass(ref(g.Name!), `Workgroup ${g.Name} keeps query results as managed results, which Athena encrypts`, evidence);
      return result.fail(ref(g.Name!), `Workgroup ${g.Name} sets no encryption for query results`, evidence);
    });
  },
});
