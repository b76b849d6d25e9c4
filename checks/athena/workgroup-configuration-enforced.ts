import { defineCheck } from '../../src/check/define.js';
import { workGroupRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'athena.workgroup-configuration-enforced',
  title: 'Athena workgroups override client-side settings',
  description:
    'Unless EnforceWorkGroupConfiguration is true, each client may choose its own result location and encryption (or none): the ' +
    'workgroup\'s encryption and output bucket are only defaults. With it, the workgroup\'s settings apply to every query. Evidence ' +
    'also shows EnableMinimumEncryptionConfiguration, which forces a minimum encryption on clients without enforcing the rest; ' +
    'it does not PASS this check.',
  service: 'athena',
  resourceType: 'AWS::Athena::WorkGroup',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on "Override client-side settings" for the workgroup.',
    cli: 'aws athena update-work-group --work-group <name> --configuration-updates EnforceWorkGroupConfiguration=true',
    url: 'https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html',
  },
  async run({ scope, inventory, result }) {
    const groups = await inventory.athena.workGroups(scope.region);
    const ref = (name: string) => workGroupRef(scope, name);
    return result.forEach(groups, (g) => ref(g.Name!), async (g) => {
      const cfg = (await inventory.athena.workGroup(scope.region, g.Name!)).Configuration;
      const evidence = {
        EnforceWorkGroupConfiguration: cfg?.EnforceWorkGroupConfiguration ?? null,
        EnableMinimumEncryptionConfiguration: cfg?.EnableMinimumEncryptionConfiguration ?? null,
      };
      return cfg?.EnforceWorkGroupConfiguration === true
        ? result.pass(ref(g.Name!), `Workgroup ${g.Name} overrides client-side settings`, evidence)
        : result.fail(ref(g.Name!), `Workgroup ${g.Name} lets clients override its result location and encryption (EnforceWorkGroupConfiguration ${String(cfg?.EnforceWorkGroupConfiguration)})`, evidence);
    });
  },
});
