import { defineCheck } from '../../src/check/define.js';
import { reportEvidence, reportFlag, userRows } from '../../src/check/kit/credential-report.js';

export default defineCheck({
  id: 'iam.console-users-mfa-enabled',
  title: 'IAM users with a console password have MFA enabled',
  description:
    'A console password alone can be phished, guessed or reused from another breach; MFA makes a stolen password insufficient. ' +
    'Every user gets a verdict: one without a console password PASSes (no console sign-in to protect).',
  service: 'iam',
  resourceType: 'AWS::IAM::User',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Assign an MFA device to the user (or remove the console password if the user does not sign in to the console).',
    cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name <user> --outfile <user>-qr.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name <user> --serial-number <device-arn> --authentication-code1 <code1> --authentication-code2 <code2>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
  },
  async run({ scope, inventory, result }) {
    const rows = userRows(await inventory.iam.credentialReport());
    return result.forEach(rows, (r) => ({ arn: r.arn ?? '', id: r.user ?? '' }), (row) => {
      const ref = { arn: row.arn!, id: row.user! };
      const evidence = reportEvidence(row, ['password_enabled', 'mfa_active']);
      // Every user gets a verdict: without a console password there is no console sign-in to protect.
      if (!reportFlag(row, 'password_enabled', scope)) return result.pass(ref, `User ${row.user} has no console password`, evidence);
      return reportFlag(row, 'mfa_active', scope)
        ? result.pass(ref, `User ${row.user} has a console password and MFA`, evidence)
        : result.fail(ref, `User ${row.user} has a console password and no MFA`, evidence);
    });
  },
});
