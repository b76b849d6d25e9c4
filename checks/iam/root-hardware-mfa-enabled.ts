import { defineCheck } from '../../src/check/define.js';
import { summaryFlag } from '../../src/check/kit/account-summary.js';
import { rootUserRef } from '../../src/check/kit/iam-refs.js';

export default defineCheck({
  id: 'iam.root-hardware-mfa-enabled',
  title: 'The root user MFA is a hardware device, not a virtual one',
  description:
    'A virtual MFA app lives on a phone or laptop that is itself exposed to loss and compromise; a hardware key or passkey for the root user is not. ' +
    'The root user passes when MFA is on and no virtual MFA device is assigned to it.',
  service: 'iam',
  resourceType: 'AWS::IAM::Root',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Sign in as the root user, assign a hardware TOTP token or FIDO security key, then remove the virtual MFA device.',
    console: 'IAM console as root > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device > Security key / Hardware TOTP token',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_mfa.html',
  },
  async run({ scope, inventory, result }) {
    const [summary, devices] = await Promise.all([inventory.iam.accountSummary(), inventory.iam.virtualMfaDevices()]);
    const enabled = summaryFlag(summary, 'AccountMFAEnabled', scope);
    const ref = rootUserRef(scope);
    // A virtual device is the root's when assigned to the root ARN; the console names the root's
    // first virtual device "root-account-mfa-device".
    const rootVirtual = devices
      .filter((d) => (d.User || d.EnableDate) && (d.User?.Arn === ref.arn || d.SerialNumber?.endsWith(':mfa/root-account-mfa-device')))
      .map((d) => d.SerialNumber ?? '');
    const evidence = { AccountMFAEnabled: summary.AccountMFAEnabled ?? null, rootVirtualMfaSerialNumbers: rootVirtual };
    if (!enabled) return [result.fail(ref, 'Root user has no MFA at all (AccountMFAEnabled=0)', evidence)];
    return [
      rootVirtual.length
        ? result.fail(ref, `Root user MFA is a virtual device (${rootVirtual.join(', ')})`, evidence)
        : result.pass(ref, 'Root user MFA is enabled and no virtual MFA device is assigned to it', evidence),
    ];
  },
});
